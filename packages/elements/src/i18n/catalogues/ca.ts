// català (ca): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'S’està carregant…',
  'common.retry': 'Torna-ho a provar',
  'common.anonymous': 'Anònim',
  'common.honeypot': 'Deixeu aquest camp buit',
  'common.optional': '(opcional)',
  'common.characters-left': {
    one: 'Queda {count} caràcter',
    many: 'Queden {count} caràcters',
    other: 'Queden {count} caràcters',
  },
  'common.characters-over': {
    one: 'Sobra {count} caràcter',
    many: 'Sobren {count} caràcters',
    other: 'Sobren {count} caràcters',
  },
  'error.offline': 'Sembla que no teniu connexió. Comproveu la connexió a Internet.',
  'error.network': 'Ara mateix no podem connectar amb el servei. El problema no depèn de vós.',
  'error.timeout': 'El servei triga massa a respondre. Pot ser que estigui saturat.',
  'error.not-found': 'No s’ha trobat aquest contingut. Pot ser que s’hagi suprimit.',
  'error.invalid-input': 'Algunes dades no són vàlides. Reviseu-les i torneu-ho a provar.',
  'error.already-done': 'Ja ho heu fet.',
  'error.closed': 'La participació està tancada.',
  'error.rate-limited': 'Massa intents. Espereu un moment i torneu-ho a provar.',
  'error.unauthorised': 'Aquest lloc web no té permís per utilitzar aquest servei.',
  'error.server': 'Alguna cosa ha fallat per part nostra, no per part vostra.',
  'error.no-backend': 'No hi ha cap servidor configurat: aquest giny necessita un endpoint.',
  'error.retrying': 'Es carregarà automàticament quan tornin la connexió o el servei.',
  'error.kept': 'El que heu escrit es conserva: torneu-ho a provar d’aquí a un moment.',
  'error.unknown': 'Alguna cosa ha fallat. Torneu-ho a provar.',
  'time.relative-past': 'fa menys d’un minut',
};

export default messages;
