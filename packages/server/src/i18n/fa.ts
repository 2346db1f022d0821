// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'امضای خود را تأیید کنید: {title}',
  'mail.confirm.body':
    'شما درخواست کرده‌اید دادخواست «{title}» را امضا کنید.\n\nبرای تأیید امضا، این پیوند را باز کنید و دکمهٔ «تأیید امضای من» را بزنید:\n{link}\n\nاین پیوند تا {duration} معتبر است. امضای شما فقط پس از تأیید شمرده می‌شود. اگر چنین درخواستی نداده‌اید، این ایمیل را نادیده بگیرید: هیچ امضایی ثبت نخواهد شد.',
  'mail.confirm.withdraw': 'اگر نظرتان تغییر کرد، تا زمانی که دادخواست باز است می‌توانید امضای خود را پس بگیرید:\n{withdrawLink}',
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
    'پیوندهای تأیید تا {duration} معتبرند و این پیوند منقضی شده است. برای دریافت پیوند جدید، دادخواست را دوباره امضا کنید.',
  'page.closed.title': 'دادخواست باز نیست',
  'page.closed.body': 'این دادخواست امضا دریافت نمی‌کند، بنابراین امضای شما تأیید نشد.',
  'page.refused.title': 'تأیید پذیرفته نشد',
  'page.refused.body': 'امضای خود را با دکمه‌ای تأیید کنید که در صفحهٔ بازشده از پیوند ایمیل قرار دارد.',
  'page.withdraw.title': 'امضای خود را پس بگیرید',
  'page.withdraw.intro': 'امضا، نام و نشانی ایمیل شما از این دادخواست حذف خواهد شد. این کار برگشت‌پذیر نیست.',
  'page.withdraw.button': 'پس گرفتن امضای من',
  'page.withdraw.ignore': 'اگر نمی‌خواهید امضای خود را پس بگیرید، این صفحه را ببندید: چیزی تغییر نخواهد کرد.',
  'page.withdrawn.title': 'امضا پس گرفته شد',
  'page.withdrawn.body': 'امضای شما همراه با نام و نشانی ایمیلتان از دادخواست حذف شد.',
  'page.withdraw.closed': 'این دادخواست دیگر باز نیست، بنابراین امضاهای آن دیگر تغییر نمی‌کند.',
  'page.confirm.updates': 'وقتی این دادخواست به یک هدف میانی رسید، پاسخی دریافت کرد یا بسته شد، به من ایمیل بزنید',
  'mail.update.milestone.subject': '{count} امضا: {title}',
  'mail.update.milestone.body': 'دادخواست «{title}» که امضا کرده‌اید به {count} امضا رسید.',
  'mail.update.response.subject': 'پاسخ به دادخواست: {title}',
  'mail.update.response.body': '{agency} به دادخواست «{title}» که امضا کرده‌اید پاسخ داده است:\n\n{response}',
  'mail.update.closed.subject': 'دادخواست بسته شد: {title}',
  'mail.update.closed.body':
    'دادخواست «{title}» که امضا کرده‌اید با {count} امضا بسته شد. اگر پاسخی منتشر شود، آن را از طریق ایمیل دریافت خواهید کرد.',
  'mail.update.stop':
    'این ایمیل‌ها را دریافت می‌کنید چون هنگام تأیید امضای خود آن‌ها را درخواست کردید. برای توقف آن‌ها، این پیوند را باز کنید:\n{link}',
  'page.updates.title': 'ایمیل‌های مربوط به این دادخواست را متوقف کنید',
  'page.updates.intro': 'دیگر ایمیلی دربارهٔ این دادخواست دریافت نخواهید کرد. امضای شما همچنان شمرده می‌شود.',
  'page.updates.button': 'توقف ایمیل‌ها',
  'page.updates.stopped.title': 'ایمیل‌ها متوقف شد',
  'page.updates.stopped.body': 'دیگر ایمیلی دربارهٔ این دادخواست دریافت نخواهید کرد. امضای شما همچنان شمرده می‌شود.',
  'page.back': 'بازگشت به دادخواست',
  'page.home': 'رفتن به {agency}',
};

export default messages;
