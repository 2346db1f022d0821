import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** صفحهٔ وب‌سایت‌ها (مبدأهایی که اجازهٔ ارسال رأی، نظر، امضا و امتیاز دارند)، به فارسی. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'وب‌سایت‌ها',
  'sites.intro':
    'هر وب‌سایتی می‌تواند ابزارک‌ها را نمایش دهد، اما مردم فقط در صفحه‌های وب‌سایت‌هایی که در اینجا مجازند می‌توانند رأی دهند، نظر بدهند، امضا کنند و امتیاز دهند.',
  'sites.loading': 'در حال بارگذاری…',
  'sites.loadError': 'بارگذاری وب‌سایت‌ها ممکن نشد: {detail}',
  'sites.retry': 'دوباره تلاش کنید',
  'sites.readOnly': 'فقط مدیران می‌توانند این فهرست را تغییر دهند. از یکی از آنان بخواهید به وب‌سایت شما اجازه دهد.',
  'refused.title': 'وب‌سایت‌هایی که اخیراً رد شده‌اند',
  'refused.intro':
    'صفحه‌هایی در این وب‌سایت‌ها کوشیدند رأی، نظر، امضا یا امتیازی بفرستند و رد شدند. اگر وب‌سایتی متعلق به شماست، به آن اجازه دهید.',
  'refused.none': 'اخیراً هیچ وب‌سایتی رد نشده است.',
  'refused.caption': 'وب‌سایت‌های ردشده، جدیدترین‌ها در ابتدا',
  'refused.allow': 'اجازه دادن',
  'refused.note': 'از فهرست وب‌سایت‌های ردشده مجاز شد',
  'col.site': 'وب‌سایت',
  'col.refusals': 'تلاش‌های ردشده',
  'col.lastRefused': 'آخرین رد',
  'col.firstRefused': 'نخستین رد',
  'col.note': 'یادداشت',
  'col.addedBy': 'افزوده‌شده توسط',
  'col.added': 'تاریخ افزودن',
  'col.action': 'اقدام',
  'allowed.title': 'وب‌سایت‌های مجاز',
  'allowed.caption': 'وب‌سایت‌های مجاز',
  'allowed.none': 'هنوز هیچ وب‌سایتی مجاز نیست: مردم فقط در صفحه‌های خود این سرور می‌توانند مشارکت کنند.',
  'allowed.fromEnvironment': 'تنظیم سرور',
  'allowed.fromEnvironmentNote': 'در CIVIC_ALLOWED_ORIGINS تنظیم شده است: آن را در تنظیمات سرور تغییر دهید.',
  'allowed.remove': 'حذف',
  'confirm.remove': 'اجازهٔ {origin} لغو شود؟',
  'confirm.removeBody':
    'مردم در صفحه‌های این وب‌سایت دیگر نمی‌توانند رأی دهند، نظر بدهند، امضا کنند یا امتیاز دهند. ابزارک‌هایی که هم‌اکنون در صفحه‌های آن هستند همچنان دیده می‌شوند.',
  'confirm.yesRemove': 'بله، حذف شود',
  'confirm.cancel': 'لغو',
  'add.title': 'اجازه دادن به یک وب‌سایت',
  'add.origin': 'نشانی وب‌سایت',
  'add.originHint':
    'مانند https://www.city.gov. همهٔ صفحه‌های آن وب‌سایت مجاز می‌شوند؛ هر چیزی پس از نام وب‌سایت نادیده گرفته می‌شود.',
  'add.note': 'یادداشت (اختیاری)',
  'add.noteHint': 'این وب‌سایت چیست و چه کسی آن را اداره می‌کند، تا دیگران بدانند چرا مجاز است. حداکثر ۲۰۰ کاراکتر.',
  'add.submit': 'مجاز کردن وب‌سایت',
  'add.saving': 'در حال ذخیره…',
  'add.errorTitle': 'مشکلی وجود دارد',
  'error.origin': 'نشانی وب‌سایت را وارد کنید، مانند https://www.city.gov',
  'error.note': 'یادداشت باید حداکثر ۲۰۰ کاراکتر باشد',
  'notice.added': '{origin} مجاز شد: مردم اکنون می‌توانند در صفحه‌های آن مشارکت کنند.',
  'notice.removed': '{origin} دیگر مجاز نیست.',
};

export default messages;
