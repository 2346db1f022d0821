// العربية (ar): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'جارٍ تحميل العريضة…',
  'petition.full-text': 'اقرأ نص العريضة كاملًا',
  'petition.signatures': {
    '=0': 'لا توجد توقيعات',
    few: '{count} توقيعات',
    many: '{count} توقيعًا',
    one: 'توقيع واحد',
    two: 'توقيعان',
    zero: 'لا توجد توقيعات',
    other: '{count} توقيع',
  },
  'petition.progress': 'التوقيعات: {count} من {goal} ({percent})',
  'petition.milestones': 'المراحل',
  'petition.milestone': '{count} توقيع — {label}',
  'petition.reached': '(✓ تم بلوغها)',
  'petition.milestone-reached': 'تم بلوغ مرحلة: {label}.',
  'petition.closes': 'مفتوحة للتوقيع حتى {date}.',
  'petition.opens': 'تُفتح هذه العريضة للتوقيع في {date}.',
  'petition.closed': 'هذه العريضة مغلقة. لم تعد تجمع التوقيعات.',
  'petition.response': 'الرد الرسمي',
  'petition.responded-on': 'نُشر في {date}.',
  'petition.recent': 'أحدث الموقّعين',
  'petition.sign': 'وقّع هذه العريضة',
  'petition.name': 'الاسم الكامل',
  'petition.email': 'البريد الإلكتروني',
  'petition.email-hint': 'سنرسل إليك رابطًا لتأكيد توقيعك.',
  'petition.region': 'مكان سكنك',
  'petition.region-choose': 'اختر مكان سكنك',
  'petition.consent': 'أوافق على معالجة اسمي وبريدي الإلكتروني ومنطقتي لتسجيل توقيعي، كما هو موضّح في {privacy}.',
  'petition.privacy-notice': 'إشعار الخصوصية',
  'petition.show-name': 'أظهر اسمي في قائمة الموقّعين العامة',
  'petition.submit': 'وقّع العريضة',
  'petition.submitting': 'جارٍ التوقيع…',
  'petition.error-summary': 'توجد مشكلة',
  'petition.error.name': 'أدخل اسمك الكامل.',
  'petition.error.email-empty': 'أدخل عنوان بريدك الإلكتروني.',
  'petition.error.email': 'أدخل بريدًا إلكترونيًا بالصيغة الصحيحة، مثل name@example.com.',
  'petition.error.region': 'اختر مكان سكنك.',
  'petition.error.consent': 'يجب أن توافق قبل أن تتمكن من التوقيع.',
  'petition.check-email': 'تحقّق من بريدك الإلكتروني',
  'petition.check-email-body': 'أرسلنا رابطًا إلى {email}. افتحه لتأكيد توقيعك: لا يُحتسب التوقيع إلا بعد تأكيده.',
  'petition.check-email-help':
    'إذا لم يصلك شيء خلال بضع دقائق، فتحقّق من مجلد الرسائل غير المرغوب فيها، أو وقّع مرة أخرى بالعنوان نفسه لتحصل على رابط جديد.',
  'petition.share': 'شارك هذه العريضة',
  'petition.copied': 'تم نسخ الرابط.',
};

export default messages;
