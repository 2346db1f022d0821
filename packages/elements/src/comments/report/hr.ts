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
  'comments.delete-menu': 'Želite li izbrisati svoj komentar? Njegov tekst i vaše ime bit će trajno izbrisani.',
  'comments.delete-yes': 'Izbrišite moj komentar',
  'comments.delete-no': 'Zadržite ga',
  'comments.deleted': 'Vaš je komentar izbrisan.',
};

export default messages;
