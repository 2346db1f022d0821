// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'چرا این نظر را گزارش می‌کنید؟',
  'comments.reason.spam': 'هرزنامه یا تبلیغات',
  'comments.reason.abuse': 'توهین‌آمیز یا آزاردهنده',
  'comments.reason.off-topic': 'نامرتبط با موضوع',
  'comments.reason.personal-data': 'دارای اطلاعات شخصی',
  'comments.reason.other': 'دلیل دیگر',
  'comments.reported': 'سپاسگزاریم. این نظر به ناظران گزارش شد.',
  'comments.already-reported': 'شما قبلاً این نظر را گزارش کرده‌اید.',
  'comments.delete-menu': 'نظرتان حذف شود؟ متن آن و نام شما برای همیشه پاک می‌شود.',
  'comments.delete-yes': 'حذف نظر من',
  'comments.delete-no': 'نگه‌داشتن نظر',
  'comments.deleted': 'نظر شما حذف شد.',
};

export default messages;
