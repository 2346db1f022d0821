// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'در حال بارگذاری نظرسنجی…',
  'poll.vote': 'ثبت رأی',
  'poll.submitting': 'در حال ارسال رأی شما…',
  'poll.change-vote': 'تغییر رأی',
  'poll.keep-vote': 'حفظ رأی فعلی',
  'poll.hint-single': 'یک گزینه را انتخاب کنید.',
  'poll.hint-multiple': { one: 'یک گزینه را انتخاب کنید.', other: 'حداکثر {count} گزینه را انتخاب کنید.' },
  'poll.max-reached': {
    one: 'شما حداکثر تعداد مجاز، یعنی یک گزینه، را انتخاب کرده‌اید.',
    other: 'شما حداکثر تعداد مجاز، یعنی {count} گزینه، را انتخاب کرده‌اید.',
  },
  'poll.need-choice': 'پیش از رأی دادن، یک گزینه را انتخاب کنید.',
  'poll.voted': 'سپاسگزاریم. رأی شما ثبت شد.',
  'poll.vote-changed': 'رأی شما تغییر کرد.',
  'poll.you-voted': 'شما در این نظرسنجی رأی داده‌اید.',
  'poll.your-choice': '(✓ انتخاب شما)',
  'poll.votes': { '=0': 'بدون رأی', one: '{count} رأی', other: '{count} رأی' },
  'poll.participants': { '=0': 'هنوز کسی رأی نداده است.', one: '{count} نفر رأی داده است.', other: '{count} نفر رأی داده‌اند.' },
  'poll.closes': 'این نظرسنجی {relative} بسته می‌شود ({date}).',
  'poll.opens': 'این نظرسنجی {relative} باز می‌شود ({date}).',
  'poll.closed-on': 'این نظرسنجی در تاریخ {date} بسته شد.',
  'poll.closed': 'این نظرسنجی بسته شده است.',
  'poll.results': 'نتایج',
  'poll.results-after-vote': 'نتایج پس از رأی دادن شما نمایش داده می‌شود.',
  'poll.results-after-close': 'نتایج پس از پایان نظرسنجی نمایش داده می‌شود.',
  'poll.results-never': 'نتایج این نظرسنجی منتشر نمی‌شود.',
  'poll.error.already-done': 'شما قبلاً در این نظرسنجی رأی داده‌اید.',
  'poll.error.closed': 'این نظرسنجی دیگر برای رأی دادن باز نیست.',
};

export default messages;
