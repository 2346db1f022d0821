// اردو (ur): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'رائے شماری لوڈ ہو رہی ہے…',
  'poll.vote': 'ووٹ دیں',
  'poll.submitting': 'آپ کا ووٹ بھیجا جا رہا ہے…',
  'poll.change-vote': 'اپنا ووٹ تبدیل کریں',
  'poll.keep-vote': 'میرا ووٹ برقرار رکھیں',
  'poll.hint-single': 'ایک آپشن منتخب کریں۔',
  'poll.hint-multiple': { one: 'ایک آپشن منتخب کریں۔', other: 'زیادہ سے زیادہ {count} آپشن منتخب کریں۔' },
  'poll.max-reached': {
    one: 'آپ زیادہ سے زیادہ حد، یعنی ایک آپشن، منتخب کر چکے ہیں۔',
    other: 'آپ زیادہ سے زیادہ حد، یعنی {count} آپشن، منتخب کر چکے ہیں۔',
  },
  'poll.need-choice': 'ووٹ دینے سے پہلے ایک آپشن منتخب کریں۔',
  'poll.voted': 'شکریہ۔ آپ کا ووٹ درج کر لیا گیا ہے۔',
  'poll.vote-changed': 'آپ کا ووٹ تبدیل کر دیا گیا ہے۔',
  'poll.you-voted': 'آپ اس رائے شماری میں ووٹ دے چکے ہیں۔',
  'poll.your-choice': '(✓ آپ کا انتخاب)',
  'poll.votes': { '=0': 'کوئی ووٹ نہیں', one: 'ایک ووٹ', other: '{count} ووٹ' },
  'poll.participants': {
    '=0': 'ابھی تک کسی نے ووٹ نہیں دیا۔',
    one: 'ایک شخص نے ووٹ دیا ہے۔',
    other: '{count} افراد نے ووٹ دیا ہے۔',
  },
  'poll.closes': 'یہ رائے شماری {relative} بند ہو گی ({date})۔',
  'poll.opens': 'یہ رائے شماری {relative} کھلے گی ({date})۔',
  'poll.closed-on': 'یہ رائے شماری {date} کو بند ہو گئی۔',
  'poll.closed': 'یہ رائے شماری بند ہے۔',
  'poll.results': 'نتائج',
  'poll.results-after-vote': 'نتائج آپ کے ووٹ دینے کے بعد دکھائے جائیں گے۔',
  'poll.results-after-close': 'نتائج رائے شماری بند ہونے پر دکھائے جائیں گے۔',
  'poll.results-never': 'اس رائے شماری کے نتائج شائع نہیں کیے جاتے۔',
  'poll.error.already-done': 'آپ اس رائے شماری میں پہلے ہی ووٹ دے چکے ہیں۔',
  'poll.error.closed': 'اس رائے شماری میں اب ووٹ نہیں دیا جا سکتا۔',
};

export default messages;
