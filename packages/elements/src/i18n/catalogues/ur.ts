// اردو (ur): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'لوڈ ہو رہا ہے…',
  'common.retry': 'دوبارہ کوشش کریں',
  'common.anonymous': 'گمنام',
  'common.honeypot': 'یہ خانہ خالی چھوڑ دیں',
  'common.optional': '(اختیاری)',
  'common.characters-left': { one: 'ایک حرف باقی ہے', other: '{count} حروف باقی ہیں' },
  'common.characters-over': { one: 'آپ نے ایک حرف زیادہ لکھا ہے', other: 'آپ نے {count} حروف زیادہ لکھے ہیں' },
  'error.offline': 'لگتا ہے آپ آف لائن ہیں۔ اپنا انٹرنیٹ کنکشن چیک کریں۔',
  'error.network': 'اس وقت ہم سروس تک نہیں پہنچ پا رہے۔ مسئلہ آپ کی طرف نہیں ہے۔',
  'error.timeout': 'سروس جواب دینے میں بہت زیادہ وقت لے رہی ہے۔ ہو سکتا ہے وہ مصروف ہو۔',
  'error.not-found': 'یہ مواد نہیں مل سکا۔ ہو سکتا ہے اسے ہٹا دیا گیا ہو۔',
  'error.invalid-input': 'کچھ معلومات درست نہیں ہیں۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔',
  'error.already-done': 'آپ یہ پہلے ہی کر چکے ہیں۔',
  'error.closed': 'یہ بند ہو چکا ہے۔',
  'error.rate-limited': 'بہت زیادہ کوششیں ہو گئی ہیں۔ تھوڑی دیر انتظار کریں اور دوبارہ کوشش کریں۔',
  'error.unauthorised': 'اس ویب سائٹ کو یہ سروس استعمال کرنے کی اجازت نہیں ہے۔',
  'error.server': 'ہماری طرف کوئی خرابی ہوئی ہے، آپ کی طرف نہیں۔',
  'error.no-backend': 'کوئی بیک اینڈ ترتیب نہیں دیا گیا: اس ویجیٹ کو ایک اینڈ پوائنٹ درکار ہے۔',
  'error.retrying': 'کنکشن یا سروس بحال ہوتے ہی یہ خود بخود لوڈ ہو جائے گا۔',
  'error.kept': 'آپ کی درج کردہ معلومات محفوظ ہیں: تھوڑی دیر بعد دوبارہ کوشش کریں۔',
  'error.unknown': 'کوئی خرابی ہو گئی۔ دوبارہ کوشش کریں۔',
  'time.relative-past': 'ایک منٹ سے کم پہلے',
};

export default messages;
