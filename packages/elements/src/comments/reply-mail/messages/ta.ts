// தமிழ் (ta): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'பதில்களுக்கான மின்னஞ்சல்',
  'comments.form.email-hint':
    'நீங்கள் முகவரியை உறுதிப்படுத்திய பிறகு, யாராவது பதிலளிக்கும்போது உங்களுக்கு மின்னஞ்சல் அனுப்புவோம் (மணிக்கு அதிகபட்சம் ஒருமுறை). முகவரி ஒருபோதும் காட்டப்படாது.',
  'comments.form.email-error': 'மின்னஞ்சல் முகவரியைச் சரியான வடிவத்தில் உள்ளிடவும், எடுத்துக்காட்டாக name@example.com.',
  'comments.posted-email':
    'இந்த முகவரி எங்களுக்குப் புதியது என்றால், பதில்கள் பற்றிய மின்னஞ்சல்களைப் பெற, அதற்கு நாங்கள் அனுப்பிய இணைப்பைத் திறக்கவும்.',
};

export default messages;
