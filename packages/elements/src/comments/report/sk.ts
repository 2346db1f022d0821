// slovenčina (sk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Prečo nahlasujete tento komentár?',
  'comments.reason.spam': 'Spam alebo reklama',
  'comments.reason.abuse': 'Urážlivý alebo nevhodný',
  'comments.reason.off-topic': 'Mimo témy',
  'comments.reason.personal-data': 'Obsahuje osobné údaje',
  'comments.reason.other': 'Iný dôvod',
  'comments.reported': 'Ďakujeme. Komentár bol nahlásený moderátorom.',
  'comments.already-reported': 'Tento komentár ste už nahlásili.',
  'comments.delete-menu': 'Odstrániť váš komentár? Jeho text aj vaše meno budú natrvalo vymazané.',
  'comments.delete-yes': 'Odstrániť môj komentár',
  'comments.delete-no': 'Ponechať',
  'comments.deleted': 'Váš komentár bol odstránený.',
};

export default messages;
