import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** صفحة المواقع، بالعربية. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'المواقع',
  'sites.intro':
    'يمكن لأي موقع ويب عرض الأدوات، لكن لا يمكن للناس التصويت والتعليق والتوقيع والتقييم إلا في صفحات المواقع المسموح بها هنا.',
  'sites.loading': 'جارٍ التحميل…',
  'sites.loadError': 'تعذّر تحميل المواقع: {detail}',
  'sites.retry': 'أعد المحاولة',
  'sites.readOnly': 'لا يستطيع تغيير هذه القائمة إلا المسؤولون. اطلب من أحدهم السماح بموقعك.',
  'refused.title': 'مواقع رُفضت مؤخرًا',
  'refused.intro': 'حاولت صفحات من هذه المواقع إرسال تصويت أو تعليق أو توقيع أو تقييم فرُفضت. إن كان أحدها موقعك، فاسمح به.',
  'refused.none': 'لم يُرفض أي موقع مؤخرًا.',
  'refused.caption': 'المواقع المرفوضة، من الأحدث إلى الأقدم',
  'refused.allow': 'اسمح',
  'refused.note': 'سُمح به من قائمة المواقع المرفوضة',
  'col.site': 'الموقع',
  'col.refusals': 'المحاولات المرفوضة',
  'col.lastRefused': 'آخر رفض',
  'col.firstRefused': 'أول رفض',
  'col.note': 'ملاحظة',
  'col.addedBy': 'أضافه',
  'col.added': 'تاريخ الإضافة',
  'col.action': 'الإجراء',
  'allowed.title': 'المواقع المسموح بها',
  'allowed.caption': 'المواقع المسموح بها',
  'allowed.none': 'لا يوجد موقع مسموح به بعد: لا يمكن للناس المشاركة إلا في صفحات هذا الخادم.',
  'allowed.fromEnvironment': 'إعداد الخادم',
  'allowed.fromEnvironmentNote': 'محدّد في CIVIC_ALLOWED_ORIGINS: غيّره في إعدادات الخادم.',
  'allowed.remove': 'احذف',
  'confirm.remove': 'هل تريد إيقاف السماح بـ{origin}؟',
  'confirm.removeBody':
    'لن يتمكّن الناس من التصويت أو التعليق أو التوقيع أو التقييم في صفحاته. تبقى الأدوات الموجودة في صفحاته ظاهرة.',
  'confirm.yesRemove': 'نعم، احذفه',
  'confirm.cancel': 'إلغاء',
  'add.title': 'السماح بموقع',
  'add.origin': 'عنوان الموقع على الويب',
  'add.originHint': 'مثل https://www.city.gov. يُسمح بكل صفحات ذلك الموقع؛ ويُتجاهل ما يأتي بعد اسم الموقع.',
  'add.note': 'ملاحظة (اختيارية)',
  'add.noteHint': 'ما هو الموقع ومن يديره، ليعرف الآخرون سبب السماح به. حتى 200 حرف.',
  'add.submit': 'اسمح بالموقع',
  'add.saving': 'جارٍ الحفظ…',
  'add.errorTitle': 'توجد مشكلة',
  'error.origin': 'أدخل عنوان الموقع على الويب، مثل https://www.city.gov',
  'error.note': 'يجب ألا تتجاوز الملاحظة 200 حرف',
  'notice.added': 'أصبح {origin} مسموحًا به: يمكن للناس الآن المشاركة في صفحاته.',
  'notice.removed': 'لم يعد {origin} مسموحًا به.',
};

export default messages;
