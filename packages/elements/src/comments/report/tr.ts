// Türkçe (tr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Bu yorumu neden bildiriyorsunuz?',
  'comments.reason.spam': 'İstenmeyen içerik veya reklam',
  'comments.reason.abuse': 'Hakaret içeren veya saldırgan',
  'comments.reason.off-topic': 'Konu dışı',
  'comments.reason.personal-data': 'Kişisel bilgi içeriyor',
  'comments.reason.other': 'Başka bir neden',
  'comments.reported': 'Teşekkürler. Yorum moderatörlere bildirildi.',
  'comments.already-reported': 'Bu yorumu zaten bildirdiniz.',
  'comments.delete-menu': 'Yorumunuz silinsin mi? Yorumun metni ve adınız kalıcı olarak silinecek.',
  'comments.delete-yes': 'Yorumumu sil',
  'comments.delete-no': 'Kalsın',
  'comments.deleted': 'Yorumunuz silindi.',
};

export default messages;
