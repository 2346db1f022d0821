// čeština (cs): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Proč tento komentář nahlašujete?',
  'comments.reason.spam': 'Spam nebo reklama',
  'comments.reason.abuse': 'Urážlivý nebo nevhodný',
  'comments.reason.off-topic': 'Mimo téma',
  'comments.reason.personal-data': 'Obsahuje osobní údaje',
  'comments.reason.other': 'Jiný důvod',
  'comments.reported': 'Děkujeme. Komentář byl nahlášen moderátorům.',
  'comments.already-reported': 'Tento komentář už byl z vaší strany nahlášen.',
  'comments.delete-menu': 'Smazat váš komentář? Jeho text i vaše jméno budou natrvalo odstraněny.',
  'comments.delete-yes': 'Smazat můj komentář',
  'comments.delete-no': 'Ponechat',
  'comments.deleted': 'Váš komentář byl smazán.',
};

export default messages;
