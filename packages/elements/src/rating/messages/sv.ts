// svenska (sv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Laddar…',
  'rating.stars': { one: '{count} stjärna', other: '{count} stjärnor' },
  'rating.yes': 'Ja',
  'rating.no': 'Nej',
  'rating.csat.1': 'Mycket missnöjd',
  'rating.csat.2': 'Missnöjd',
  'rating.csat.3': 'Varken nöjd eller missnöjd',
  'rating.csat.4': 'Nöjd',
  'rating.csat.5': 'Mycket nöjd',
  'rating.send': 'Skicka betyg',
  'rating.sending': 'Skickar…',
  'rating.choose': 'Välj ett betyg först.',
  'rating.thanks': 'Tack för din återkoppling.',
  'rating.follow-up': 'Berätta mer (frivilligt)',
  'rating.reasons': 'Vad gällde det?',
  'rating.comment': 'Kommentar',
  'rating.comment-hint': 'Skriv inte personuppgifter, till exempel ditt namn eller din adress.',
  'rating.send-more': 'Skicka',
  'rating.skip': 'Hoppa över',
  'rating.done': 'Tack. Din återkoppling hjälper oss att förbättra tjänsten.',
  'rating.yours': 'Ditt betyg: {score}.',
  'rating.change': 'Ändra ditt svar',
  'rating.closed': 'Det går inte att lämna betyg just nu.',
  'rating.average': '{average} av 5',
  'rating.yes-share': '{percent} tyckte att det här var användbart',
  'rating.count': { '=0': 'Inga betyg än', one: 'baserat på {count} betyg', other: 'baserat på {count} betyg' },
  'rating.details-show': 'Visa alla betyg',
  'rating.details-hide': 'Dölj alla betyg',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
