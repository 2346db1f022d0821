// العربية (ar): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'جارٍ التحميل…',
  'common.retry': 'أعد المحاولة',
  'common.anonymous': 'مجهول',
  'common.honeypot': 'اترك هذا الحقل فارغًا',
  'common.optional': '(اختياري)',
  'common.characters-left': {
    few: 'تبقّى لك {count} أحرف',
    many: 'تبقّى لك {count} حرفًا',
    one: 'تبقّى لك حرف واحد',
    two: 'تبقّى لك حرفان',
    zero: 'لم يتبقَّ لك أي حرف',
    other: 'تبقّى لك {count} حرف',
  },
  'common.characters-over': {
    few: 'لديك {count} أحرف زائدة',
    many: 'لديك {count} حرفًا زائدًا',
    one: 'لديك حرف واحد زائد',
    two: 'لديك حرفان زائدان',
    zero: 'لديك {count} حرف زائد',
    other: 'لديك {count} حرف زائد',
  },
  'error.offline': 'يبدو أنك غير متصل بالإنترنت. تحقّق من اتصالك.',
  'error.network': 'تعذّر الوصول إلى الخدمة حاليًا. المشكلة ليست من جهتك.',
  'error.timeout': 'تستغرق الخدمة وقتًا طويلًا للرد. ربما تكون مشغولة.',
  'error.not-found': 'تعذّر العثور على هذا المحتوى. ربما تمت إزالته.',
  'error.invalid-input': 'بعض المعلومات غير صالحة. تحقّق منها وأعد المحاولة.',
  'error.already-done': 'لقد قمت بذلك من قبل.',
  'error.closed': 'هذا مغلق.',
  'error.rate-limited': 'محاولات كثيرة جدًا. انتظر قليلًا ثم أعد المحاولة.',
  'error.unauthorised': 'هذا الموقع غير مسموح له باستخدام هذه الخدمة.',
  'error.server': 'حدث خطأ من جهتنا، لا من جهتك.',
  'error.no-backend': 'لم يتم إعداد أي خادم: تحتاج هذه الأداة إلى عنوان endpoint.',
  'error.retrying': 'سيُحمَّل المحتوى تلقائيًا عند عودة الاتصال أو الخدمة.',
  'error.kept': 'ما أدخلته محفوظ: أعد المحاولة بعد قليل.',
  'error.unknown': 'حدث خطأ ما. أعد المحاولة.',
  'time.relative-past': 'منذ أقل من دقيقة',
};

export default messages;
