// dansk (da): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Indlæser…',
  'rating.stars': { one: '{count} stjerne', other: '{count} stjerner' },
  'rating.yes': 'Ja',
  'rating.no': 'Nej',
  'rating.csat.1': 'Meget utilfreds',
  'rating.csat.2': 'Utilfreds',
  'rating.csat.3': 'Hverken tilfreds eller utilfreds',
  'rating.csat.4': 'Tilfreds',
  'rating.csat.5': 'Meget tilfreds',
  'rating.send': 'Send vurdering',
  'rating.sending': 'Sender…',
  'rating.choose': 'Vælg først en vurdering.',
  'rating.thanks': 'Tak for din tilbagemelding.',
  'rating.follow-up': 'Fortæl os mere (valgfrit)',
  'rating.reasons': 'Hvad handlede det om?',
  'rating.comment': 'Kommentar',
  'rating.comment-hint': 'Skriv ikke personlige oplysninger, for eksempel dit navn eller din adresse.',
  'rating.send-more': 'Send',
  'rating.skip': 'Spring over',
  'rating.done': 'Tak. Din tilbagemelding hjælper os med at forbedre denne service.',
  'rating.yours': 'Din vurdering: {score}.',
  'rating.change': 'Ændr dit svar',
  'rating.closed': 'Det er ikke muligt at give en vurdering lige nu.',
  'rating.average': '{average} ud af 5',
  'rating.yes-share': '{percent} fandt dette nyttigt',
  'rating.count': { '=0': 'Ingen vurderinger endnu', one: 'ud fra {count} vurdering', other: 'ud fra {count} vurderinger' },
  'rating.details-show': 'Vis alle vurderinger',
  'rating.details-hide': 'Skjul alle vurderinger',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
