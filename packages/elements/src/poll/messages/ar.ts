// العربية (ar): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'جارٍ تحميل الاستطلاع…',
  'poll.vote': 'صوّت',
  'poll.submitting': 'جارٍ إرسال صوتك…',
  'poll.change-vote': 'غيّر صوتك',
  'poll.keep-vote': 'احتفظ بصوتي',
  'poll.hint-single': 'اختر خيارًا واحدًا.',
  'poll.hint-multiple': {
    few: 'اختر حتى {count} خيارات.',
    many: 'اختر حتى {count} خيارًا.',
    one: 'اختر خيارًا واحدًا.',
    two: 'اختر حتى خيارين.',
    zero: 'اختر حتى {count} خيار.',
    other: 'اختر حتى {count} خيار.',
  },
  'poll.max-reached': {
    few: 'لقد اخترت الحد الأقصى وهو {count} خيارات.',
    many: 'لقد اخترت الحد الأقصى وهو {count} خيارًا.',
    one: 'لقد اخترت الحد الأقصى وهو خيار واحد.',
    two: 'لقد اخترت الحد الأقصى وهو خياران.',
    zero: 'لقد اخترت الحد الأقصى وهو {count} خيار.',
    other: 'لقد اخترت الحد الأقصى وهو {count} خيار.',
  },
  'poll.need-choice': 'اختر خيارًا قبل التصويت.',
  'poll.voted': 'شكرًا لك. تم تسجيل صوتك.',
  'poll.vote-changed': 'تم تغيير صوتك.',
  'poll.you-voted': 'لقد صوّتَّ في هذا الاستطلاع.',
  'poll.your-choice': '(✓ اختيارك)',
  'poll.votes': {
    '=0': 'لا أصوات',
    few: '{count} أصوات',
    many: '{count} صوتًا',
    one: 'صوت واحد',
    two: 'صوتان',
    zero: 'لا أصوات',
    other: '{count} صوت',
  },
  'poll.participants': {
    '=0': 'لم يصوّت أحد بعد.',
    few: 'صوّت {count} أشخاص.',
    many: 'صوّت {count} شخصًا.',
    one: 'صوّت شخص واحد.',
    two: 'صوّت شخصان.',
    zero: 'صوّت {count} شخص.',
    other: 'صوّت {count} شخص.',
  },
  'poll.closes': 'يُغلق {relative} ({date}).',
  'poll.opens': 'يُفتح هذا الاستطلاع {relative} ({date}).',
  'poll.closed-on': 'أُغلق هذا الاستطلاع في {date}.',
  'poll.closed': 'هذا الاستطلاع مغلق.',
  'poll.results': 'النتائج',
  'poll.results-after-vote': 'تظهر النتائج بعد أن تصوّت.',
  'poll.results-after-close': 'ستظهر النتائج عند إغلاق الاستطلاع.',
  'poll.results-never': 'لا تُنشر نتائج هذا الاستطلاع.',
  'poll.error.already-done': 'لقد صوّتَّ في هذا الاستطلاع من قبل.',
  'poll.error.closed': 'لم يعد هذا الاستطلاع مفتوحًا للتصويت.',
};

export default messages;
