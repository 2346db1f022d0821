import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** ویب سائٹس کا صفحہ (وہ ماخذ جنہیں ووٹ، تبصرے، دستخط اور درجہ بندیاں بھیجنے کی اجازت ہے)، اردو میں۔ */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'ویب سائٹس',
  'sites.intro':
    'کوئی بھی ویب سائٹ ویجیٹس دکھا سکتی ہے، لیکن لوگ ووٹ، تبصرہ، دستخط اور درجہ بندی صرف یہاں اجازت یافتہ ویب سائٹس کے صفحات پر ہی کر سکتے ہیں۔',
  'sites.loading': 'لوڈ ہو رہا ہے…',
  'sites.loadError': 'ویب سائٹس لوڈ نہیں ہو سکیں: {detail}',
  'sites.retry': 'دوبارہ کوشش کریں',
  'sites.readOnly': 'صرف منتظمین یہ فہرست تبدیل کر سکتے ہیں۔ اپنی ویب سائٹ کو اجازت دلوانے کے لیے کسی منتظم سے کہیں۔',
  'refused.title': 'حال ہی میں مسترد کی گئی ویب سائٹس',
  'refused.intro':
    'ان ویب سائٹس کے صفحات نے ووٹ، تبصرہ، دستخط یا درجہ بندی بھیجنے کی کوشش کی اور انہیں مسترد کر دیا گیا۔ اگر کوئی ویب سائٹ آپ کی ہے تو اسے اجازت دیں۔',
  'refused.none': 'حال ہی میں کوئی ویب سائٹ مسترد نہیں کی گئی۔',
  'refused.caption': 'مسترد شدہ ویب سائٹس، تازہ ترین پہلے',
  'refused.allow': 'اجازت دیں',
  'refused.note': 'مسترد شدہ ویب سائٹس کی فہرست سے اجازت دی گئی',
  'col.site': 'ویب سائٹ',
  'col.refusals': 'مسترد شدہ کوششیں',
  'col.lastRefused': 'آخری بار مسترد',
  'col.firstRefused': 'پہلی بار مسترد',
  'col.note': 'نوٹ',
  'col.addedBy': 'کس نے شامل کی',
  'col.added': 'شامل کرنے کی تاریخ',
  'col.action': 'کارروائی',
  'allowed.title': 'اجازت یافتہ ویب سائٹس',
  'allowed.caption': 'اجازت یافتہ ویب سائٹس',
  'allowed.none': 'ابھی تک کسی ویب سائٹ کو اجازت نہیں ہے: لوگ صرف اسی سرور کے اپنے صفحات پر حصہ لے سکتے ہیں۔',
  'allowed.fromEnvironment': 'سرور کی ترتیب',
  'allowed.fromEnvironmentNote': 'CIVIC_ALLOWED_ORIGINS میں مقرر ہے: اسے سرور کی ترتیبات میں تبدیل کریں۔',
  'allowed.remove': 'ہٹائیں',
  'confirm.remove': '{origin} کی اجازت ختم کریں؟',
  'confirm.removeBody':
    'اس کے صفحات پر لوگ اب ووٹ، تبصرہ، دستخط یا درجہ بندی نہیں کر سکیں گے۔ اس کے صفحات پر پہلے سے موجود ویجیٹس نظر آتے رہیں گے۔',
  'confirm.yesRemove': 'جی ہاں، ہٹائیں',
  'confirm.cancel': 'منسوخ کریں',
  'add.title': 'کسی ویب سائٹ کو اجازت دیں',
  'add.origin': 'ویب سائٹ کا ویب پتا',
  'add.originHint':
    'جیسے https://www.city.gov۔ اس ویب سائٹ کے ہر صفحے کو اجازت ملتی ہے؛ ویب سائٹ کے نام کے بعد کا حصہ نظر انداز کیا جاتا ہے۔',
  'add.note': 'نوٹ (اختیاری)',
  'add.noteHint':
    'یہ ویب سائٹ کیا ہے اور اسے کون چلاتا ہے، تاکہ دوسرے جان سکیں کہ اسے اجازت کیوں دی گئی۔ زیادہ سے زیادہ 200 حروف۔',
  'add.submit': 'ویب سائٹ کو اجازت دیں',
  'add.saving': 'محفوظ ہو رہا ہے…',
  'add.errorTitle': 'ایک مسئلہ ہے',
  'error.origin': 'ویب سائٹ کا ویب پتا درج کریں، جیسے https://www.city.gov',
  'error.note': 'نوٹ زیادہ سے زیادہ 200 حروف کا ہو سکتا ہے',
  'notice.added': '{origin} کو اجازت مل گئی ہے: اس کے صفحات پر لوگ اب حصہ لے سکتے ہیں۔',
  'notice.removed': '{origin} کو اب اجازت نہیں ہے۔',
};

export default messages;
