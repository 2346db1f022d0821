// svenska (sv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Laddar…',
  'common.retry': 'Försök igen',
  'common.anonymous': 'Anonym',
  'common.honeypot': 'Lämna det här fältet tomt',
  'common.optional': '(frivilligt)',
  'common.characters-left': { one: 'Du har {count} tecken kvar', other: 'Du har {count} tecken kvar' },
  'common.characters-over': { one: 'Du har {count} tecken för mycket', other: 'Du har {count} tecken för mycket' },
  'error.offline': 'Det verkar som att du är offline. Kontrollera din anslutning.',
  'error.network': 'Vi kan inte nå tjänsten just nu. Felet ligger inte hos dig.',
  'error.timeout': 'Tjänsten tar för lång tid att svara. Den kan vara hårt belastad.',
  'error.not-found': 'Innehållet kunde inte hittas. Det kan ha tagits bort.',
  'error.invalid-input': 'Några av uppgifterna är inte giltiga. Kontrollera dem och försök igen.',
  'error.already-done': 'Du har redan gjort det här.',
  'error.closed': 'Det här är stängt.',
  'error.rate-limited': 'För många försök. Vänta en stund och försök igen.',
  'error.unauthorised': 'Den här webbplatsen får inte använda tjänsten.',
  'error.server': 'Något gick fel hos oss, inte hos dig.',
  'error.no-backend': 'Ingen backend konfigurerad: den här widgeten behöver en slutpunkt.',
  'error.retrying': 'Det här laddas automatiskt när anslutningen eller tjänsten fungerar igen.',
  'error.kept': 'Det du har skrivit finns kvar: försök igen om en stund.',
  'error.unknown': 'Något gick fel. Försök igen.',
  'time.relative-past': 'för mindre än en minut sedan',
};

export default messages;
