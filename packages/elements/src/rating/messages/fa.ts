// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'در حال بارگذاری…',
  'rating.stars': { one: '{count} ستاره', other: '{count} ستاره' },
  'rating.yes': 'بله',
  'rating.no': 'خیر',
  'rating.csat.1': 'بسیار ناراضی',
  'rating.csat.2': 'ناراضی',
  'rating.csat.3': 'نه راضی، نه ناراضی',
  'rating.csat.4': 'راضی',
  'rating.csat.5': 'بسیار راضی',
  'rating.send': 'ارسال امتیاز',
  'rating.sending': 'در حال ارسال…',
  'rating.choose': 'ابتدا یک امتیاز انتخاب کنید.',
  'rating.thanks': 'از بازخورد شما سپاسگزاریم.',
  'rating.follow-up': 'بیشتر برایمان بنویسید (اختیاری)',
  'rating.reasons': 'موضوع آن چه بود؟',
  'rating.comment': 'توضیح',
  'rating.comment-hint': 'اطلاعات شخصی، مانند نام یا نشانی خود، را وارد نکنید.',
  'rating.send-more': 'ارسال',
  'rating.skip': 'صرف‌نظر',
  'rating.done': 'سپاسگزاریم. بازخورد شما به ما کمک می‌کند این خدمت را بهتر کنیم.',
  'rating.yours': 'امتیاز شما: {score}.',
  'rating.change': 'تغییر پاسخ',
  'rating.closed': 'این خدمت در حال حاضر امتیاز دریافت نمی‌کند.',
  'rating.average': '{average} از ۵',
  'rating.yes-share': '{percent} از افراد این صفحه را مفید دانستند',
  'rating.count': { '=0': 'هنوز امتیازی ثبت نشده است', one: 'بر اساس {count} امتیاز', other: 'بر اساس {count} امتیاز' },
  'rating.details-show': 'نمایش همهٔ امتیازها',
  'rating.details-hide': 'پنهان کردن همهٔ امتیازها',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
