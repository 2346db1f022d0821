// اردو (ur): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'آپ یہ تبصرہ کیوں رپورٹ کر رہے ہیں؟',
  'comments.reason.spam': 'اسپام یا اشتہار',
  'comments.reason.abuse': 'بدسلوکی پر مبنی یا توہین آمیز',
  'comments.reason.off-topic': 'موضوع سے غیر متعلق',
  'comments.reason.personal-data': 'ذاتی معلومات پر مشتمل',
  'comments.reason.other': 'کوئی اور وجہ',
  'comments.reported': 'شکریہ۔ یہ تبصرہ ماڈریٹرز کو رپورٹ کر دیا گیا ہے۔',
  'comments.already-reported': 'آپ یہ تبصرہ پہلے ہی رپورٹ کر چکے ہیں۔',
  'comments.delete-menu': 'کیا آپ اپنا تبصرہ حذف کرنا چاہتے ہیں؟ اس کا متن اور آپ کا نام ہمیشہ کے لیے مٹا دیے جائیں گے۔',
  'comments.delete-yes': 'میرا تبصرہ حذف کریں',
  'comments.delete-no': 'رہنے دیں',
  'comments.deleted': 'آپ کا تبصرہ حذف کر دیا گیا ہے۔',
};

export default messages;
