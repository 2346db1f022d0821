// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'در حال بارگذاری دادخواست…',
  'petition.full-text': 'خواندن متن کامل دادخواست',
  'petition.signatures': { '=0': 'هنوز امضایی ثبت نشده است', one: '{count} امضا', other: '{count} امضا' },
  'petition.progress': 'امضاها: {count} از {goal} ({percent})',
  'petition.milestones': 'اهداف میانی',
  'petition.milestone': { one: '{count} امضا — {label}', other: '{count} امضا — {label}' },
  'petition.reached': '(✓ محقق شد)',
  'petition.milestone-reached': 'هدف میانی محقق شد: {label}.',
  'petition.closes': 'امضا تا {date} امکان‌پذیر است.',
  'petition.opens': 'امضای این دادخواست از {date} آغاز می‌شود.',
  'petition.closed': 'این دادخواست بسته شده است و دیگر امضا جمع نمی‌کند.',
  'petition.response': 'پاسخ رسمی',
  'petition.responded-on': 'منتشر شده در {date}.',
  'petition.recent': 'امضاکنندگان اخیر',
  'petition.sign': 'امضای این دادخواست',
  'petition.name': 'نام و نام خانوادگی',
  'petition.email': 'نشانی ایمیل',
  'petition.email-hint': 'برای تأیید امضا، یک پیوند برایتان می‌فرستیم.',
  'petition.region': 'محل سکونت',
  'petition.region-choose': 'محل سکونت خود را انتخاب کنید',
  'petition.consent': 'موافقم که نام، نشانی ایمیل و محل سکونت من برای ثبت امضایم پردازش شود، همان‌طور که در {privacy} آمده است.',
  'petition.privacy-notice': 'اطلاعیهٔ حریم خصوصی',
  'petition.show-name': 'نام من در فهرست امضاکنندگان به‌صورت عمومی نمایش داده شود',
  'petition.submit': 'امضای دادخواست',
  'petition.submitting': 'در حال ثبت امضا…',
  'petition.error-summary': 'مشکلی وجود دارد',
  'petition.error.name': 'نام و نام خانوادگی خود را وارد کنید.',
  'petition.error.email-empty': 'نشانی ایمیل خود را وارد کنید.',
  'petition.error.email': 'نشانی ایمیل را در قالب درست وارد کنید، مانند name@example.com.',
  'petition.error.region': 'محل سکونت خود را انتخاب کنید.',
  'petition.error.consent': 'برای امضا، باید موافقت خود را اعلام کنید.',
  'petition.check-email': 'ایمیل خود را بررسی کنید',
  'petition.check-email-body': 'یک پیوند به {email} فرستادیم. برای تأیید امضا آن را باز کنید: امضا فقط پس از تأیید شمرده می‌شود.',
  'petition.check-email-help':
    'اگر تا چند دقیقه ایمیلی نرسید، پوشهٔ هرزنامه (اسپم) را بررسی کنید، یا برای دریافت پیوند جدید، دوباره با همان نشانی امضا کنید.',
  'petition.share': 'اشتراک‌گذاری این دادخواست',
  'petition.copied': 'پیوند کپی شد.',
};

export default messages;
