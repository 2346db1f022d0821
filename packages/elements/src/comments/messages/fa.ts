// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'در حال بارگذاری نظرها…',
  'comments.count': { '=0': 'هنوز نظری ثبت نشده است', one: '{count} نظر', other: '{count} نظر' },
  'comments.sort': 'مرتب‌سازی بر اساس',
  'comments.sort.newest': 'جدیدترین',
  'comments.sort.oldest': 'قدیمی‌ترین',
  'comments.sort.top': 'بیشترین حمایت',
  'comments.empty': 'هنوز نظری ثبت نشده است. اولین نفری باشید که نظر می‌دهد.',
  'comments.more': 'نمایش نظرهای بیشتر',
  'comments.new': { one: '{count} نظر جدید — نمایش', other: '{count} نظر جدید — نمایش' },
  'comments.closed': 'این گفتگو بسته شده است. می‌توانید نظرها را بخوانید، اما نمی‌توانید نظر تازه‌ای اضافه کنید.',
  'comments.form.title': 'افزودن نظر',
  'comments.form.reply-title': 'پاسخ به {name}',
  'comments.form.name': 'نام شما',
  'comments.form.name-hint': 'برای ثبت نظر به‌صورت «ناشناس»، این بخش را خالی بگذارید. نام به‌صورت عمومی نمایش داده می‌شود.',
  'comments.form.body': 'نظر',
  'comments.form.reply-body': 'پاسخ',
  'comments.form.submit': 'ارسال نظر',
  'comments.form.submit-reply': 'ارسال پاسخ',
  'comments.form.submitting': 'در حال ارسال…',
  'comments.form.cancel': 'لغو',
  'comments.form.required': 'نظر خود را بنویسید.',
  'comments.form.too-long': 'نظر نباید بیشتر از {max} کاراکتر باشد.',
  'comments.posted': 'نظر شما منتشر شد.',
  'comments.posted-pending': 'سپاسگزاریم. نظر شما پس از تأیید ناظر نمایش داده می‌شود.',
  'comments.pending': 'در انتظار بررسی ناظر',
  'comments.upvote': 'حمایت',
  'comments.upvote-label': {
    '=0': 'حمایت از این نظر (هنوز حامی ندارد)',
    one: 'حمایت از این نظر ({count} حامی)',
    other: 'حمایت از این نظر ({count} حامی)',
  },
  'comments.reply': 'پاسخ',
  'comments.replies-show': { one: 'نمایش {count} پاسخ', other: 'نمایش {count} پاسخ' },
  'comments.replies-hide': { one: 'پنهان کردن {count} پاسخ', other: 'پنهان کردن {count} پاسخ' },
  'comments.report': 'گزارش',
  'comments.delete': 'حذف',
};

export default messages;
