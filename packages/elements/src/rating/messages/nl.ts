// Nederlands (nl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Laden…',
  'rating.stars': { one: '{count} ster', other: '{count} sterren' },
  'rating.yes': 'Ja',
  'rating.no': 'Nee',
  'rating.csat.1': 'Zeer ontevreden',
  'rating.csat.2': 'Ontevreden',
  'rating.csat.3': 'Niet tevreden en niet ontevreden',
  'rating.csat.4': 'Tevreden',
  'rating.csat.5': 'Zeer tevreden',
  'rating.send': 'Beoordeling versturen',
  'rating.sending': 'Versturen…',
  'rating.choose': 'Kies eerst een beoordeling.',
  'rating.thanks': 'Bedankt voor uw feedback.',
  'rating.follow-up': 'Vertel ons meer (niet verplicht)',
  'rating.reasons': 'Waar ging het over?',
  'rating.comment': 'Opmerking',
  'rating.comment-hint': 'Vul geen persoonlijke gegevens in, zoals uw naam of adres.',
  'rating.send-more': 'Versturen',
  'rating.skip': 'Overslaan',
  'rating.done': 'Bedankt. Met uw feedback kunnen we deze dienst verbeteren.',
  'rating.yours': 'Uw beoordeling: {score}.',
  'rating.change': 'Uw antwoord wijzigen',
  'rating.closed': 'U kunt deze dienst op dit moment niet beoordelen.',
  'rating.average': '{average} van de 5',
  'rating.yes-share': '{percent} van de mensen vond dit nuttig',
  'rating.count': {
    '=0': 'Nog geen beoordelingen',
    one: 'op basis van {count} beoordeling',
    other: 'op basis van {count} beoordelingen',
  },
  'rating.details-show': 'Alle beoordelingen tonen',
  'rating.details-hide': 'Alle beoordelingen verbergen',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
