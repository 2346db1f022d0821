// Indonesia (id): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Mengapa Anda melaporkan komentar ini?',
  'comments.reason.spam': 'Spam atau iklan',
  'comments.reason.abuse': 'Kasar atau menyinggung',
  'comments.reason.off-topic': 'Di luar topik',
  'comments.reason.personal-data': 'Berisi informasi pribadi',
  'comments.reason.other': 'Alasan lain',
  'comments.reported': 'Terima kasih. Komentar ini sudah dilaporkan kepada moderator.',
  'comments.already-reported': 'Anda sudah melaporkan komentar ini.',
  'comments.delete-menu': 'Hapus komentar Anda? Teks dan nama Anda akan dihapus secara permanen.',
  'comments.delete-yes': 'Hapus komentar saya',
  'comments.delete-no': 'Jangan hapus',
  'comments.deleted': 'Komentar Anda sudah dihapus.',
};

export default messages;
