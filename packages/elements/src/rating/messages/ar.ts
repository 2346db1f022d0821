// العربية (ar): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'جارٍ التحميل…',
  'rating.stars': {
    few: '{count} نجوم',
    many: '{count} نجمة',
    one: 'نجمة واحدة',
    two: 'نجمتان',
    zero: '{count} نجمة',
    other: '{count} نجمة',
  },
  'rating.yes': 'نعم',
  'rating.no': 'لا',
  'rating.csat.1': 'غير راضٍ إطلاقًا',
  'rating.csat.2': 'غير راضٍ',
  'rating.csat.3': 'محايد',
  'rating.csat.4': 'راضٍ',
  'rating.csat.5': 'راضٍ جدًا',
  'rating.send': 'أرسل التقييم',
  'rating.sending': 'جارٍ الإرسال…',
  'rating.choose': 'اختر تقييمًا أولًا.',
  'rating.thanks': 'شكرًا لملاحظاتك.',
  'rating.follow-up': 'أخبرنا بالمزيد (اختياري)',
  'rating.reasons': 'بمَ يتعلق الأمر؟',
  'rating.comment': 'تعليق',
  'rating.comment-hint': 'لا تُدرج معلومات شخصية مثل اسمك أو عنوانك.',
  'rating.send-more': 'أرسل',
  'rating.skip': 'تخطَّ',
  'rating.done': 'شكرًا لك. تساعدنا ملاحظاتك على تحسين هذه الخدمة.',
  'rating.yours': 'تقييمك: {score}.',
  'rating.change': 'غيّر إجابتك',
  'rating.closed': 'لا تقبل هذه الخدمة التقييمات حاليًا.',
  'rating.average': '{average} من 5',
  'rating.yes-share': 'وجد {percent} من الأشخاص هذا مفيدًا',
  'rating.count': {
    '=0': 'لا توجد تقييمات بعد',
    few: 'من {count} تقييمات',
    many: 'من {count} تقييمًا',
    one: 'من تقييم واحد',
    two: 'من تقييمين',
    zero: 'من {count} تقييم',
    other: 'من {count} تقييم',
  },
  'rating.details-show': 'اعرض كل التقييمات',
  'rating.details-hide': 'أخفِ كل التقييمات',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
