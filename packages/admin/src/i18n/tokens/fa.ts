import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** صفحهٔ توکن‌های API، به فارسی. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'توکن‌های API',
  'tokens.intro':
    'توکن API به یک اسکریپت یا سامانهٔ دیگر اجازه می‌دهد از طرف شما از API مدیریت استفاده کند، تا کارهایی مانند خروجی گرفتن شبانه از نتایج خودکار شود. این توکن هر کاری را که نقش شما ({role}) اجازه می‌دهد می‌تواند انجام دهد.',
  'tokens.howTo': 'اسکریپت توکن را در سرآیند Authorization هر درخواست می‌فرستد:',
  'tokens.loading': 'در حال بارگذاری توکن‌های شما…',
  'tokens.loadError': 'بارگذاری توکن‌های شما ممکن نشد: {detail}',
  'tokens.retry': 'دوباره تلاش کنید',
  'tokens.none': 'شما هیچ توکن API ندارید.',
  'tokens.caption': { one: 'توکن‌های شما ({count})', other: 'توکن‌های شما ({count})' },
  'col.name': 'نام',
  'col.created': 'تاریخ ایجاد',
  'col.lastUsed': 'آخرین استفاده',
  'col.status': 'وضعیت',
  'col.actions': 'اقدامات',
  'tokens.never': 'هرگز',
  'tokens.active': 'فعال',
  'tokens.revoked': 'باطل‌شده',
  'tokens.revoke': 'باطل کردن',
  'create.title': 'ایجاد توکن',
  'create.name': 'نام',
  'create.nameHint': 'برای چه کاری است، تا بعداً آن را بشناسید. برای نمونه: خروجی شبانهٔ نتایج.',
  'create.submit': 'ایجاد توکن',
  'create.working': 'در حال ایجاد توکن…',
  'create.errorTitle': 'توکن ایجاد نشد',
  'create.nameRequired': 'یک نام برای توکن وارد کنید',
  'created.title': 'توکن جدید شما',
  'created.status': 'توکن «{name}» ایجاد شد.',
  'created.warning':
    'همین حالا آن را کپی کنید و در جای امنی نگه دارید، برای نمونه در یک مدیر گذرواژه یا در تنظیمات محرمانهٔ سامانهٔ خودکار خود. دیگر نمایش داده نمی‌شود. هر کسی که آن را داشته باشد می‌تواند به جای شما عمل کند.',
  'created.label': 'توکن API «{name}»',
  'created.done': 'آن را ذخیره کردم',
  copy: 'کپی توکن',
  copied: 'توکن کپی شد.',
  copyFailed: 'توکن انتخاب شده است: آن را با صفحه‌کلید یا منو کپی کنید.',
  'revoke.title': 'توکن «{name}» باطل شود؟',
  'revoke.body':
    'اسکریپت‌ها و سامانه‌هایی که از آن استفاده می‌کنند بی‌درنگ از کار می‌افتند. این کار برگشت‌پذیر نیست، اما می‌توانید توکن جدیدی ایجاد کنید.',
  'revoke.confirm': 'بله، باطل شود',
  'revoke.done': 'توکن «{name}» باطل شد.',
  'revoke.errorTitle': 'توکن باطل نشد',
  cancel: 'لغو',
  'role.admin': 'مدیر',
  'role.editor': 'ویراستار',
  'role.moderator': 'ناظر',
  'role.analyst': 'تحلیلگر',
};

export default messages;
