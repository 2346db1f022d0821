// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'ایمیل برای پاسخ‌ها',
  'comments.form.email-hint':
    'پس از آنکه نشانی را تأیید کنید، هر وقت کسی پاسخ دهد برایتان ایمیل می‌فرستیم، حداکثر یک بار در ساعت. این نشانی هرگز نمایش داده نمی‌شود.',
  'comments.form.email-error': 'نشانی ایمیل را در قالب درست وارد کنید، مانند name@example.com.',
  'comments.posted-email':
    'اگر این نشانی برای ما تازه است، برای دریافت ایمیل دربارهٔ پاسخ‌ها، پیوندی را که به آن فرستادیم باز کنید.',
};

export default messages;
