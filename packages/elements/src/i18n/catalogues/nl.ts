// Nederlands (nl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Laden…',
  'common.retry': 'Opnieuw proberen',
  'common.anonymous': 'Anoniem',
  'common.honeypot': 'Laat dit veld leeg',
  'common.optional': '(niet verplicht)',
  'common.characters-left': { one: 'U hebt nog {count} teken over', other: 'U hebt nog {count} tekens over' },
  'common.characters-over': { one: 'U hebt {count} teken te veel', other: 'U hebt {count} tekens te veel' },
  'error.offline': 'U lijkt offline te zijn. Controleer uw internetverbinding.',
  'error.network': 'We kunnen de dienst op dit moment niet bereiken. Het probleem ligt niet bij u.',
  'error.timeout': 'De dienst doet er te lang over om te antwoorden. Misschien is het druk.',
  'error.not-found': 'Deze inhoud is niet gevonden. Misschien is die verwijderd.',
  'error.invalid-input': 'Sommige gegevens kloppen niet. Controleer ze en probeer het opnieuw.',
  'error.already-done': 'U hebt dit al gedaan.',
  'error.closed': 'Dit is gesloten.',
  'error.rate-limited': 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
  'error.unauthorised': 'Deze website mag deze dienst niet gebruiken.',
  'error.server': 'Er ging iets mis aan onze kant, niet aan uw kant.',
  'error.no-backend': 'Geen backend ingesteld: deze widget heeft een endpoint nodig.',
  'error.retrying': 'Dit wordt vanzelf geladen zodra de verbinding of de dienst weer werkt.',
  'error.kept': 'Wat u hebt ingevuld, blijft bewaard: probeer het zo nog eens.',
  'error.unknown': 'Er ging iets mis. Probeer het opnieuw.',
  'time.relative-past': 'minder dan een minuut geleden',
};

export default messages;
