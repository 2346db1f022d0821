// latviešu (lv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Kāpēc ziņojat par šo komentāru?',
  'comments.reason.spam': 'Surogātpasts vai reklāma',
  'comments.reason.abuse': 'Aizskarošs vai apvainojošs',
  'comments.reason.off-topic': 'Nav saistīts ar tēmu',
  'comments.reason.personal-data': 'Satur personas datus',
  'comments.reason.other': 'Cits iemesls',
  'comments.reported': 'Paldies! Par komentāru ir ziņots moderatoriem.',
  'comments.already-reported': 'Jūsu ziņojums par šo komentāru jau ir saņemts.',
  'comments.delete-menu': 'Vai dzēst jūsu komentāru? Tā teksts un jūsu vārds tiks neatgriezeniski izdzēsti.',
  'comments.delete-yes': 'Dzēst manu komentāru',
  'comments.delete-no': 'Paturēt',
  'comments.deleted': 'Jūsu komentārs ir izdzēsts.',
};

export default messages;
