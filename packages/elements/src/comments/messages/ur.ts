// اردو (ur): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'تبصرے لوڈ ہو رہے ہیں…',
  'comments.count': { '=0': 'ابھی تک کوئی تبصرہ نہیں', one: 'ایک تبصرہ', other: '{count} تبصرے' },
  'comments.sort': 'ترتیب',
  'comments.sort.newest': 'نئے پہلے',
  'comments.sort.oldest': 'پرانے پہلے',
  'comments.sort.top': 'سب سے زیادہ حمایت والے',
  'comments.empty': 'ابھی تک کوئی تبصرہ نہیں۔ سب سے پہلے تبصرہ کریں۔',
  'comments.more': 'مزید تبصرے دکھائیں',
  'comments.new': { one: 'ایک نیا تبصرہ — دکھائیں', other: '{count} نئے تبصرے — دکھائیں' },
  'comments.closed': 'یہ بحث بند ہے۔ آپ تبصرے پڑھ سکتے ہیں، لیکن نئے تبصرے شامل نہیں کر سکتے۔',
  'comments.form.title': 'تبصرہ شامل کریں',
  'comments.form.reply-title': '{name} کو جواب دیں',
  'comments.form.name': 'آپ کا نام',
  'comments.form.name-hint': '“گمنام” کے طور پر تبصرہ کرنے کے لیے خالی چھوڑ دیں۔ نام سب کو دکھایا جاتا ہے۔',
  'comments.form.body': 'تبصرہ',
  'comments.form.reply-body': 'جواب',
  'comments.form.submit': 'تبصرہ شائع کریں',
  'comments.form.submit-reply': 'جواب شائع کریں',
  'comments.form.submitting': 'شائع ہو رہا ہے…',
  'comments.form.cancel': 'منسوخ کریں',
  'comments.form.required': 'تبصرہ درج کریں۔',
  'comments.form.too-long': 'تبصرہ زیادہ سے زیادہ {max} حروف کا ہو سکتا ہے۔',
  'comments.posted': 'آپ کا تبصرہ شائع ہو گیا ہے۔',
  'comments.posted-pending': 'شکریہ۔ ماڈریٹر کی منظوری کے بعد آپ کا تبصرہ ظاہر ہو گا۔',
  'comments.pending': 'منظوری کا منتظر',
  'comments.upvote': 'حمایت کریں',
  'comments.upvote-label': {
    '=0': 'اس تبصرے کی حمایت کریں (ابھی تک کوئی حامی نہیں)',
    one: 'اس تبصرے کی حمایت کریں (ایک حامی)',
    other: 'اس تبصرے کی حمایت کریں ({count} حامی)',
  },
  'comments.reply': 'جواب دیں',
  'comments.replies-show': { one: 'ایک جواب دکھائیں', other: '{count} جوابات دکھائیں' },
  'comments.replies-hide': { one: 'ایک جواب چھپائیں', other: '{count} جوابات چھپائیں' },
  'comments.report': 'رپورٹ کریں',
  'comments.delete': 'حذف کریں',
};

export default messages;
