// اردو (ur): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'درخواست لوڈ ہو رہی ہے…',
  'petition.full-text': 'مکمل درخواست پڑھیں',
  'petition.signatures': { '=0': 'ابھی تک کوئی دستخط نہیں', one: 'ایک دستخط', other: '{count} دستخط' },
  'petition.progress': 'دستخط: {goal} میں سے {count} ({percent})',
  'petition.milestones': 'مرحلہ وار اہداف',
  'petition.milestone': { one: '{count} دستخط — {label}', other: '{count} دستخط — {label}' },
  'petition.reached': '(✓ حاصل ہو گیا)',
  'petition.milestone-reached': 'ہدف حاصل ہو گیا: {label}۔',
  'petition.closes': '{date} تک دستخط کیے جا سکتے ہیں۔',
  'petition.opens': 'اس درخواست پر {date} سے دستخط کیے جا سکیں گے۔',
  'petition.closed': 'یہ درخواست بند ہے۔ اب اس پر دستخط نہیں کیے جا سکتے۔',
  'petition.response': 'سرکاری جواب',
  'petition.responded-on': '{date} کو شائع ہوا۔',
  'petition.recent': 'حالیہ دستخط کنندگان',
  'petition.sign': 'اس درخواست پر دستخط کریں',
  'petition.name': 'پورا نام',
  'petition.email': 'ای میل ایڈریس',
  'petition.email-hint': 'ہم آپ کو دستخط کی تصدیق کے لیے ایک لنک بھیجیں گے۔',
  'petition.region': 'رہائش کا علاقہ',
  'petition.region-choose': 'اپنی رہائش کا علاقہ منتخب کریں',
  'petition.consent':
    'مجھے منظور ہے کہ میرے دستخط درج کرنے کے لیے میرا نام، ای میل ایڈریس اور علاقہ استعمال کیا جائے، جیسا کہ {privacy} میں بیان کیا گیا ہے۔',
  'petition.privacy-notice': 'رازداری کی پالیسی',
  'petition.show-name': 'دستخط کنندگان کی فہرست میں میرا نام سب کو دکھائیں',
  'petition.submit': 'درخواست پر دستخط کریں',
  'petition.submitting': 'دستخط کیے جا رہے ہیں…',
  'petition.error-summary': 'ایک مسئلہ ہے',
  'petition.error.name': 'اپنا پورا نام درج کریں۔',
  'petition.error.email-empty': 'اپنا ای میل ایڈریس درج کریں۔',
  'petition.error.email': 'ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com',
  'petition.error.region': 'اپنی رہائش کا علاقہ منتخب کریں۔',
  'petition.error.consent': 'دستخط کرنے سے پہلے آپ کی رضامندی ضروری ہے۔',
  'petition.check-email': 'اپنی ای میل دیکھیں',
  'petition.check-email-body':
    'ہم نے {email} پر ایک لنک بھیجا ہے۔ اپنے دستخط کی تصدیق کے لیے اسے کھولیں: دستخط تصدیق کے بعد ہی شمار ہوتے ہیں۔',
  'petition.check-email-help':
    'اگر چند منٹ میں کچھ نہ آئے تو اپنا اسپام فولڈر دیکھیں، یا نیا لنک حاصل کرنے کے لیے اسی ایڈریس سے دوبارہ دستخط کریں۔',
  'petition.share': 'یہ درخواست شیئر کریں',
  'petition.copied': 'لنک کاپی ہو گیا۔',
};

export default messages;
