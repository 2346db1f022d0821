// አማርኛ (am): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'አስተያየቶችን በመጫን ላይ…',
  'comments.count': { '=0': 'እስካሁን ምንም አስተያየት የለም', one: '{count} አስተያየት', other: '{count} አስተያየቶች' },
  'comments.sort': 'ቅደም ተከተል',
  'comments.sort.newest': 'አዲሶቹ መጀመሪያ',
  'comments.sort.oldest': 'የቆዩት መጀመሪያ',
  'comments.sort.top': 'ብዙ ድጋፍ ያገኙ',
  'comments.empty': 'እስካሁን ምንም አስተያየት የለም። የመጀመሪያውን አስተያየት ይስጡ።',
  'comments.more': 'ተጨማሪ አስተያየቶችን ያሳዩ',
  'comments.new': { one: '{count} አዲስ አስተያየት — ያሳዩ', other: '{count} አዳዲስ አስተያየቶች — ያሳዩ' },
  'comments.closed': 'ይህ ውይይት ተዘግቷል። አስተያየቶቹን ማንበብ ይችላሉ፤ ነገር ግን አዲስ ማከል አይችሉም።',
  'comments.form.title': 'አስተያየት ይስጡ',
  'comments.form.reply-title': 'ለ{name} መልስ ይስጡ',
  'comments.form.name': 'ስምዎ',
  'comments.form.name-hint': '«ስም-አልባ» ሆነው አስተያየት ለመስጠት ባዶ ይተዉት። ለሕዝብ ይታያል።',
  'comments.form.body': 'አስተያየት',
  'comments.form.reply-body': 'መልስ',
  'comments.form.submit': 'አስተያየቱን ይለጥፉ',
  'comments.form.submit-reply': 'መልሱን ይለጥፉ',
  'comments.form.submitting': 'በመለጠፍ ላይ…',
  'comments.form.cancel': 'ይቅር',
  'comments.form.required': 'አስተያየትዎን ይጻፉ።',
  'comments.form.too-long': 'አስተያየቶች ከ{max} ቁምፊዎች መብለጥ የለባቸውም።',
  'comments.posted': 'አስተያየትዎ ተለጥፏል።',
  'comments.posted-pending': 'እናመሰግናለን። አስተያየትዎ ተቆጣጣሪ ካጸደቀው በኋላ ይታያል።',
  'comments.pending': 'መጽደቅን በመጠባበቅ ላይ',
  'comments.upvote': 'ይደግፉ',
  'comments.upvote-label': {
    '=0': 'ይህን አስተያየት ይደግፉ (እስካሁን ምንም ደጋፊ የለም)',
    one: 'ይህን አስተያየት ይደግፉ ({count} ደጋፊ)',
    other: 'ይህን አስተያየት ይደግፉ ({count} ደጋፊዎች)',
  },
  'comments.reply': 'መልስ ይስጡ',
  'comments.replies-show': { one: '{count} መልስ ያሳዩ', other: '{count} መልሶችን ያሳዩ' },
  'comments.replies-hide': { one: '{count} መልስ ይደብቁ', other: '{count} መልሶችን ይደብቁ' },
  'comments.report': 'ሪፖርት ያድርጉ',
  'comments.delete': 'ይሰርዙ',
};

export default messages;
