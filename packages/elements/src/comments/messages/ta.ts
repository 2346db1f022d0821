// தமிழ் (ta): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'கருத்துகள் ஏற்றப்படுகின்றன…',
  'comments.count': { '=0': 'இதுவரை கருத்துகள் இல்லை', one: 'ஒரு கருத்து', other: '{count} கருத்துகள்' },
  'comments.sort': 'வரிசை',
  'comments.sort.newest': 'புதியவை முதலில்',
  'comments.sort.oldest': 'பழையவை முதலில்',
  'comments.sort.top': 'அதிக ஆதரவு பெற்றவை',
  'comments.empty': 'இதுவரை கருத்துகள் இல்லை. முதலில் கருத்து தெரிவிப்பவராக இருங்கள்.',
  'comments.more': 'மேலும் கருத்துகளைக் காட்டவும்',
  'comments.new': { one: 'ஒரு புதிய கருத்து — காட்டவும்', other: '{count} புதிய கருத்துகள் — காட்டவும்' },
  'comments.closed': 'இந்த விவாதம் மூடப்பட்டுவிட்டது. கருத்துகளைப் படிக்கலாம், ஆனால் புதிய கருத்துகளைச் சேர்க்க முடியாது.',
  'comments.form.title': 'கருத்தைச் சேர்க்கவும்',
  'comments.form.reply-title': '{name} அவர்களுக்குப் பதிலளிக்கவும்',
  'comments.form.name': 'உங்கள் பெயர்',
  'comments.form.name-hint': '“பெயர் குறிப்பிடாதவர்” என்ற பெயரில் கருத்து தெரிவிக்கக் காலியாக விடவும். பெயர் அனைவருக்கும் காட்டப்படும்.',
  'comments.form.body': 'கருத்து',
  'comments.form.reply-body': 'பதில்',
  'comments.form.submit': 'கருத்தை வெளியிடவும்',
  'comments.form.submit-reply': 'பதிலை வெளியிடவும்',
  'comments.form.submitting': 'வெளியிடப்படுகிறது…',
  'comments.form.cancel': 'ரத்துசெய்யவும்',
  'comments.form.required': 'ஒரு கருத்தை உள்ளிடவும்.',
  'comments.form.too-long': 'கருத்தில் அதிகபட்சம் {max} எழுத்துகள் இருக்கலாம்.',
  'comments.posted': 'உங்கள் கருத்து வெளியிடப்பட்டது.',
  'comments.posted-pending': 'நன்றி. நெறியாளர் ஒப்புதல் அளித்த பிறகு உங்கள் கருத்து தோன்றும்.',
  'comments.pending': 'நெறியாளர் ஒப்புதலுக்காகக் காத்திருக்கிறது',
  'comments.upvote': 'ஆதரிக்கவும்',
  'comments.upvote-label': {
    '=0': 'இந்தக் கருத்தை ஆதரிக்கவும் (இதுவரை ஆதரவாளர்கள் இல்லை)',
    one: 'இந்தக் கருத்தை ஆதரிக்கவும் (ஒரு ஆதரவாளர்)',
    other: 'இந்தக் கருத்தை ஆதரிக்கவும் ({count} ஆதரவாளர்கள்)',
  },
  'comments.reply': 'பதிலளிக்கவும்',
  'comments.replies-show': { one: 'ஒரு பதிலைக் காட்டவும்', other: '{count} பதில்களைக் காட்டவும்' },
  'comments.replies-hide': { one: 'ஒரு பதிலை மறைக்கவும்', other: '{count} பதில்களை மறைக்கவும்' },
  'comments.report': 'புகாரளிக்கவும்',
  'comments.delete': 'நீக்கவும்',
};

export default messages;
