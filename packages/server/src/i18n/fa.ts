// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'امضای خود را تأیید کنید: {title}',
  'mail.confirm.body':
    'شما درخواست کرده‌اید دادخواست «{title}» را امضا کنید.\n\nبرای تأیید امضا، این پیوند را باز کنید و دکمهٔ «تأیید امضای من» را بزنید:\n{link}\n\nاین پیوند تا {days} روز معتبر است. امضای شما فقط پس از تأیید شمرده می‌شود. اگر چنین درخواستی نداده‌اید، این ایمیل را نادیده بگیرید: هیچ امضایی ثبت نخواهد شد.',
  'mail.already.subject': 'شما قبلاً امضا کرده‌اید: {title}',
  'mail.already.body':
    'کسی تلاش کرد دادخواست «{title}» را با این نشانی ایمیل امضا کند، اما این نشانی قبلاً آن را امضا کرده است. هر نشانی فقط یک بار می‌تواند امضا کند، بنابراین چیزی تغییر نکرده است.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'امضای خود را تأیید کنید',
  'page.confirm.intro': 'شما درخواست کرده‌اید این دادخواست را امضا کنید. امضای شما فقط پس از تأیید شمرده می‌شود.',
  'page.confirm.button': 'تأیید امضای من',
  'page.confirm.ignore': 'اگر چنین درخواستی نداده‌اید، این صفحه را ببندید: هیچ امضایی ثبت نخواهد شد.',
  'page.petition': 'دادخواست: {title}',
  'page.confirmed.title': 'امضا تأیید شد',
  'page.confirmed.body': 'سپاسگزاریم. امضای شما تأیید شد و اکنون شمرده می‌شود.',
  'page.already.title': 'امضا قبلاً تأیید شده است',
  'page.already.body': 'امضای شما قبلاً تأیید شده بود. هر امضا فقط یک بار شمرده می‌شود.',
  'page.unknown.title': 'پیوند شناسایی نشد',
  'page.unknown.body':
    'این پیوند تأیید معتبر نیست. مطمئن شوید که پیوند کامل را از آخرین ایمیل باز کرده‌اید، یا دادخواست را دوباره امضا کنید.',
  'page.expired.title': 'پیوند منقضی شده است',
  'page.expired.body':
    'پیوندهای تأیید تا {days} روز معتبرند و این پیوند منقضی شده است. برای دریافت پیوند جدید، دادخواست را دوباره امضا کنید.',
  'page.closed.title': 'دادخواست باز نیست',
  'page.closed.body': 'این دادخواست امضا دریافت نمی‌کند، بنابراین امضای شما تأیید نشد.',
  'page.refused.title': 'تأیید پذیرفته نشد',
  'page.refused.body': 'امضای خود را با دکمه‌ای تأیید کنید که در صفحهٔ بازشده از پیوند ایمیل قرار دارد.',
  'page.back': 'بازگشت به دادخواست',
  'page.home': 'رفتن به {agency}',
};

export default messages;
