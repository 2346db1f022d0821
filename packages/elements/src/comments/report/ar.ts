// العربية (ar): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'لماذا تبلّغ عن هذا التعليق؟',
  'comments.reason.spam': 'رسائل مزعجة أو إعلانات',
  'comments.reason.abuse': 'مسيء أو جارح',
  'comments.reason.off-topic': 'خارج الموضوع',
  'comments.reason.personal-data': 'يحتوي على بيانات شخصية',
  'comments.reason.other': 'سبب آخر',
  'comments.reported': 'شكرًا لك. تم إبلاغ المشرفين بالتعليق.',
  'comments.already-reported': 'لقد أبلغت عن هذا التعليق من قبل.',
  'comments.delete-menu': 'هل تريد حذف تعليقك؟ سيُحذف نصه واسمك نهائيًا.',
  'comments.delete-yes': 'حذف تعليقي',
  'comments.delete-no': 'إبقاء التعليق',
  'comments.deleted': 'تم حذف تعليقك.',
};

export default messages;
