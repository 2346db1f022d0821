// slovenščina (sl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Nalaganje…',
  'common.retry': 'Poskusi znova',
  'common.anonymous': 'Anonimno',
  'common.honeypot': 'To polje pustite prazno',
  'common.optional': '(neobvezno)',
  'common.characters-left': {
    one: 'Na voljo imate še {count} znak',
    two: 'Na voljo imate še {count} znaka',
    few: 'Na voljo imate še {count} znake',
    other: 'Na voljo imate še {count} znakov',
  },
  'common.characters-over': {
    one: 'Besedilo ima {count} znak preveč',
    two: 'Besedilo ima {count} znaka preveč',
    few: 'Besedilo ima {count} znake preveč',
    other: 'Besedilo ima {count} znakov preveč',
  },
  'error.offline': 'Videti je, da niste povezani z internetom. Preverite povezavo.',
  'error.network': 'Storitev trenutno ni dosegljiva. Težava ni na vaši strani.',
  'error.timeout': 'Storitev se predolgo odziva. Morda je preobremenjena.',
  'error.not-found': 'Te vsebine ni mogoče najti. Morda je bila odstranjena.',
  'error.invalid-input': 'Nekateri podatki niso veljavni. Preverite jih in poskusite znova.',
  'error.already-done': 'To ste že storili.',
  'error.closed': 'To je zaprto.',
  'error.rate-limited': 'Preveč poskusov. Počakajte trenutek in poskusite znova.',
  'error.unauthorised': 'To spletno mesto ne sme uporabljati te storitve.',
  'error.server': 'Prišlo je do napake na naši strani, ne na vaši.',
  'error.no-backend': 'Zaledni sistem ni nastavljen: ta gradnik potrebuje končno točko.',
  'error.retrying': 'Vsebina se bo naložila sama, ko bo povezava ali storitev spet na voljo.',
  'error.kept': 'Vaš vnos je ohranjen: poskusite znova čez trenutek.',
  'error.unknown': 'Prišlo je do napake. Poskusite znova.',
  'time.relative-past': 'pred manj kot minuto',
};

export default messages;
