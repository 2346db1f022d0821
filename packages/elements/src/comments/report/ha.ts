// Hausa (ha): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Me ya sa kuke kai rahoton wannan sharhi?',
  'comments.reason.spam': 'Saƙon banza ko talla',
  'comments.reason.abuse': 'Zagi ko cin mutunci',
  'comments.reason.off-topic': 'Ba ya kan batun',
  'comments.reason.personal-data': 'Yana ɗauke da bayanan sirri',
  'comments.reason.other': 'Wani dalili daban',
  'comments.reported': 'Mun gode. An kai rahoton sharhin ga masu tantancewa.',
  'comments.already-reported': 'Kun riga kun kai rahoton wannan sharhi.',
  'comments.delete-menu': 'Kuna so ku goge sharhinku? Za a goge rubutunsa da sunanku har abada.',
  'comments.delete-yes': 'Goge sharhina',
  'comments.delete-no': 'A bar shi',
  'comments.deleted': 'An goge sharhinku.',
};

export default messages;
