// norsk bokmål (nb): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Laster inn…',
  'common.retry': 'Prøv igjen',
  'common.anonymous': 'Anonym',
  'common.honeypot': 'La dette feltet stå tomt',
  'common.optional': '(valgfritt)',
  'common.characters-left': { one: 'Du har {count} tegn igjen', other: 'Du har {count} tegn igjen' },
  'common.characters-over': { one: 'Du har {count} tegn for mye', other: 'Du har {count} tegn for mye' },
  'error.offline': 'Det ser ut som du er frakoblet. Sjekk internettforbindelsen.',
  'error.network': 'Vi får ikke kontakt med tjenesten akkurat nå. Feilen ligger ikke hos deg.',
  'error.timeout': 'Tjenesten bruker for lang tid på å svare. Det kan være stor pågang.',
  'error.not-found': 'Vi fant ikke dette innholdet. Det kan være fjernet.',
  'error.invalid-input': 'Noen av opplysningene er ikke gyldige. Sjekk dem og prøv igjen.',
  'error.already-done': 'Du har allerede gjort dette.',
  'error.closed': 'Dette er stengt.',
  'error.rate-limited': 'For mange forsøk. Vent litt og prøv igjen.',
  'error.unauthorised': 'Dette nettstedet har ikke lov til å bruke tjenesten.',
  'error.server': 'Noe gikk galt hos oss, ikke hos deg.',
  'error.no-backend': 'Ingen backend er satt opp: denne widgeten trenger et endepunkt.',
  'error.retrying': 'Dette lastes inn av seg selv når forbindelsen eller tjenesten virker igjen.',
  'error.kept': 'Det du har skrevet, er tatt vare på: prøv igjen om litt.',
  'error.unknown': 'Noe gikk galt. Prøv igjen.',
  'time.relative-past': 'for under ett minutt siden',
};

export default messages;
