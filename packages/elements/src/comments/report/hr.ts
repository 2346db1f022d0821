// hrvatski (hr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Zašto prijavljujete ovaj komentar?',
  'comments.reason.spam': 'Spam ili oglašavanje',
  'comments.reason.abuse': 'Uvredljiv ili neprimjeren sadržaj',
  'comments.reason.off-topic': 'Nije povezano s temom',
  'comments.reason.personal-data': 'Sadrži osobne podatke',
  'comments.reason.other': 'Nešto drugo',
  'comments.reported': 'Hvala. Komentar je prijavljen moderatorima.',
  'comments.already-reported': 'Već ste prijavili ovaj komentar.',
};

export default messages;
