// اردو (ur): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'جوابات کے لیے ای میل',
  'comments.form.email-hint':
    'ایڈریس کی تصدیق کے بعد، جب کوئی جواب دے گا تو ہم آپ کو ای میل کریں گے، زیادہ سے زیادہ ایک گھنٹے میں ایک بار۔ ایڈریس کبھی کسی کو نہیں دکھایا جاتا۔',
  'comments.form.email-error': 'ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com',
  'comments.posted-email':
    'اگر یہ ایڈریس ہمارے لیے نیا ہے تو جوابات کے بارے میں ای میلز حاصل کرنے کے لیے وہ لنک کھولیں جو ہم نے اس پر بھیجا ہے۔',
};

export default messages;
