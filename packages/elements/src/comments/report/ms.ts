// Melayu (ms): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Mengapakah anda melaporkan komen ini?',
  'comments.reason.spam': 'Spam atau iklan',
  'comments.reason.abuse': 'Kesat atau menyinggung perasaan',
  'comments.reason.off-topic': 'Luar topik',
  'comments.reason.personal-data': 'Mengandungi maklumat peribadi',
  'comments.reason.other': 'Sebab lain',
  'comments.reported': 'Terima kasih. Komen ini telah dilaporkan kepada moderator.',
  'comments.already-reported': 'Anda telah pun melaporkan komen ini.',
  'comments.delete-menu': 'Padam komen anda? Teks komen dan nama anda akan dipadam secara kekal.',
  'comments.delete-yes': 'Padam komen saya',
  'comments.delete-no': 'Jangan padam',
  'comments.deleted': 'Komen anda telah dipadam.',
};

export default messages;
