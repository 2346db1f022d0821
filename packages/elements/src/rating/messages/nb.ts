// norsk bokmål (nb): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Laster inn…',
  'rating.stars': { one: '{count} stjerne', other: '{count} stjerner' },
  'rating.yes': 'Ja',
  'rating.no': 'Nei',
  'rating.csat.1': 'Svært misfornøyd',
  'rating.csat.2': 'Misfornøyd',
  'rating.csat.3': 'Verken fornøyd eller misfornøyd',
  'rating.csat.4': 'Fornøyd',
  'rating.csat.5': 'Svært fornøyd',
  'rating.send': 'Send vurdering',
  'rating.sending': 'Sender…',
  'rating.choose': 'Velg en vurdering først.',
  'rating.thanks': 'Takk for tilbakemeldingen.',
  'rating.follow-up': 'Fortell oss mer (valgfritt)',
  'rating.reasons': 'Hva gjaldt det?',
  'rating.comment': 'Kommentar',
  'rating.comment-hint': 'Ikke skriv personopplysninger, for eksempel navnet eller adressen din.',
  'rating.send-more': 'Send',
  'rating.skip': 'Hopp over',
  'rating.done': 'Takk. Tilbakemeldingen din hjelper oss å gjøre tjenesten bedre.',
  'rating.yours': 'Din vurdering: {score}.',
  'rating.change': 'Endre svaret ditt',
  'rating.closed': 'Det er ikke mulig å gi vurdering akkurat nå.',
  'rating.average': '{average} av 5',
  'rating.yes-share': '{percent} syntes dette var nyttig',
  'rating.count': { '=0': 'Ingen vurderinger ennå', one: 'basert på {count} vurdering', other: 'basert på {count} vurderinger' },
  'rating.details-show': 'Vis alle vurderinger',
  'rating.details-hide': 'Skjul alle vurderinger',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
