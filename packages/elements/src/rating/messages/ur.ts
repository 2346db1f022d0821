// اردو (ur): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'لوڈ ہو رہا ہے…',
  'rating.stars': { one: 'ایک ستارہ', other: '{count} ستارے' },
  'rating.yes': 'جی ہاں',
  'rating.no': 'جی نہیں',
  'rating.csat.1': 'بہت غیر مطمئن',
  'rating.csat.2': 'غیر مطمئن',
  'rating.csat.3': 'نہ مطمئن، نہ غیر مطمئن',
  'rating.csat.4': 'مطمئن',
  'rating.csat.5': 'بہت مطمئن',
  'rating.send': 'درجہ بندی بھیجیں',
  'rating.sending': 'بھیجا جا رہا ہے…',
  'rating.choose': 'پہلے درجہ بندی منتخب کریں۔',
  'rating.thanks': 'آپ کی رائے کا شکریہ۔',
  'rating.follow-up': 'ہمیں مزید بتائیں (اختیاری)',
  'rating.reasons': 'یہ کس بارے میں تھا؟',
  'rating.comment': 'تبصرہ',
  'rating.comment-hint': 'ذاتی معلومات، جیسے اپنا نام یا پتا، شامل نہ کریں۔',
  'rating.send-more': 'بھیجیں',
  'rating.skip': 'چھوڑ دیں',
  'rating.done': 'شکریہ۔ آپ کی رائے سے ہمیں یہ سروس بہتر بنانے میں مدد ملتی ہے۔',
  'rating.yours': 'آپ کی درجہ بندی: {score}۔',
  'rating.change': 'اپنا جواب تبدیل کریں',
  'rating.closed': 'یہ سروس اس وقت درجہ بندی قبول نہیں کر رہی۔',
  'rating.average': '5 میں سے {average}',
  'rating.yes-share': '{percent} لوگوں نے اسے مفید پایا',
  'rating.count': {
    '=0': 'ابھی تک کوئی درجہ بندی نہیں',
    one: 'ایک درجہ بندی کی بنیاد پر',
    other: '{count} درجہ بندیوں کی بنیاد پر',
  },
  'rating.details-show': 'تمام درجہ بندیاں دکھائیں',
  'rating.details-hide': 'تمام درجہ بندیاں چھپائیں',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
