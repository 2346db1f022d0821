// isiZulu (zu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Kungani ubika leli zwana?',
  'comments.reason.spam': 'I-spam noma ukukhangisa',
  'comments.reason.abuse': 'Ukuthuka noma ukuhlambalaza',
  'comments.reason.off-topic': 'Aliphathelene nesihloko',
  'comments.reason.personal-data': 'Linemininingwane yomuntu siqu',
  'comments.reason.other': 'Okunye',
  'comments.reported': 'Siyabonga. Izwana libikiwe kubalawuli.',
  'comments.already-reported': 'Usulibikile leli zwana.',
  'comments.delete-menu': 'Ususa izwana lakho? Umbhalo walo negama lakho kuzosuswa unomphela.',
  'comments.delete-yes': 'Susa izwana lami',
  'comments.delete-no': 'Lishiye',
  'comments.deleted': 'Izwana lakho lisusiwe.',
};

export default messages;
