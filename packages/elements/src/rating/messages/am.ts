// አማርኛ (am): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'በመጫን ላይ…',
  'rating.stars': { one: '{count} ኮከብ', other: '{count} ኮከቦች' },
  'rating.yes': 'አዎ',
  'rating.no': 'አይ',
  'rating.csat.1': 'በጣም አልረካሁም',
  'rating.csat.2': 'አልረካሁም',
  'rating.csat.3': 'መካከለኛ',
  'rating.csat.4': 'ረክቻለሁ',
  'rating.csat.5': 'በጣም ረክቻለሁ',
  'rating.send': 'ግምገማ ይላኩ',
  'rating.sending': 'በመላክ ላይ…',
  'rating.choose': 'መጀመሪያ ግምገማ ይምረጡ።',
  'rating.thanks': 'ስለ አስተያየትዎ እናመሰግናለን።',
  'rating.follow-up': 'ተጨማሪ ይንገሩን (አማራጭ)',
  'rating.reasons': 'ስለ ምን ነበር?',
  'rating.comment': 'አስተያየት',
  'rating.comment-hint': 'እንደ ስምዎ ወይም አድራሻዎ ያሉ የግል መረጃዎችን አያካትቱ።',
  'rating.send-more': 'ይላኩ',
  'rating.skip': 'ይዝለሉ',
  'rating.done': 'እናመሰግናለን። አስተያየትዎ ይህን አገልግሎት ለማሻሻል ይረዳናል።',
  'rating.yours': 'የእርስዎ ግምገማ፦ {score}።',
  'rating.change': 'መልስዎን ይቀይሩ',
  'rating.closed': 'ይህ አገልግሎት በአሁኑ ጊዜ ግምገማ አይቀበልም።',
  'rating.average': 'ከ5 {average}',
  'rating.yes-share': '{percent} የሚሆኑ ሰዎች ይህን ጠቃሚ ሆኖ አግኝተውታል',
  'rating.count': { '=0': 'እስካሁን ምንም ግምገማ የለም', one: 'በ{count} ግምገማ ላይ የተመሠረተ', other: 'በ{count} ግምገማዎች ላይ የተመሠረተ' },
  'rating.details-show': 'ሁሉንም ግምገማዎች ያሳዩ',
  'rating.details-hide': 'ሁሉንም ግምገማዎች ይደብቁ',
  'rating.distribution': '{label}፦ {count} ({percent})',
};

export default messages;
