// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'در حال بارگذاری…',
  'common.retry': 'دوباره تلاش کنید',
  'common.anonymous': 'ناشناس',
  'common.honeypot': 'این فیلد را خالی بگذارید',
  'common.optional': '(اختیاری)',
  'common.characters-left': { one: '{count} کاراکتر باقی مانده است', other: '{count} کاراکتر باقی مانده است' },
  'common.characters-over': { one: '{count} کاراکتر بیشتر از حد مجاز است', other: '{count} کاراکتر بیشتر از حد مجاز است' },
  'error.offline': 'به نظر می‌رسد به اینترنت وصل نیستید. اتصال خود را بررسی کنید.',
  'error.network': 'در حال حاضر دسترسی به سرویس ممکن نیست. مشکل از سمت شما نیست.',
  'error.timeout': 'پاسخ سرویس بیش از حد طول می‌کشد. ممکن است سرویس شلوغ باشد.',
  'error.not-found': 'این محتوا پیدا نشد. ممکن است حذف شده باشد.',
  'error.invalid-input': 'بخشی از اطلاعات معتبر نیست. آن را بررسی کنید و دوباره تلاش کنید.',
  'error.already-done': 'شما قبلاً این کار را انجام داده‌اید.',
  'error.closed': 'این بخش بسته شده است.',
  'error.rate-limited': 'تعداد تلاش‌ها بیش از حد است. کمی صبر کنید و دوباره تلاش کنید.',
  'error.unauthorised': 'این وب‌سایت اجازهٔ استفاده از این سرویس را ندارد.',
  'error.server': 'مشکلی از سمت ما پیش آمده است، نه از سمت شما.',
  'error.no-backend': 'هیچ سرور پشتیبان (backend) تنظیم نشده است: این ابزارک به یک نشانی سرویس (endpoint) نیاز دارد.',
  'error.retrying': 'وقتی اتصال یا سرویس دوباره برقرار شود، این بخش خودبه‌خود بارگذاری می‌شود.',
  'error.kept': 'اطلاعاتی که وارد کرده‌اید حفظ شده است: کمی بعد دوباره تلاش کنید.',
  'error.unknown': 'مشکلی پیش آمد. دوباره تلاش کنید.',
  'time.relative-past': 'کمتر از یک دقیقه پیش',
};

export default messages;
