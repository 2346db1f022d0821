// አማርኛ (am): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'በመጫን ላይ…',
  'common.retry': 'እንደገና ይሞክሩ',
  'common.anonymous': 'ስም-አልባ',
  'common.honeypot': 'ይህን መስክ ባዶ ይተዉት',
  'common.optional': '(አማራጭ)',
  'common.characters-left': { one: '{count} ቁምፊ ቀርቷል', other: '{count} ቁምፊዎች ቀርተዋል' },
  'common.characters-over': { one: 'ጽሑፉ በ{count} ቁምፊ በልጧል', other: 'ጽሑፉ በ{count} ቁምፊዎች በልጧል' },
  'error.offline': 'ከበይነመረብ ጋር ያልተገናኙ ይመስላል። ግንኙነትዎን ያረጋግጡ።',
  'error.network': 'በአሁኑ ጊዜ አገልግሎቱን ማግኘት አልቻልንም። ችግሩ ከእርስዎ በኩል አይደለም።',
  'error.timeout': 'አገልግሎቱ ምላሽ ለመስጠት ረጅም ጊዜ እየወሰደ ነው። ምናልባት ሥራ በዝቶበት ሊሆን ይችላል።',
  'error.not-found': 'ይህ ይዘት አልተገኘም። ምናልባት ተወግዶ ሊሆን ይችላል።',
  'error.invalid-input': 'አንዳንድ መረጃዎች ትክክል አይደሉም። እባክዎ ያረጋግጡና እንደገና ይሞክሩ።',
  'error.already-done': 'ይህን አስቀድመው አድርገዋል።',
  'error.closed': 'ይህ ተዘግቷል።',
  'error.rate-limited': 'በጣም ብዙ ሙከራዎች ተደርገዋል። ትንሽ ቆይተው እንደገና ይሞክሩ።',
  'error.unauthorised': 'ይህ ድረ-ገጽ ይህን አገልግሎት እንዲጠቀም አልተፈቀደለትም።',
  'error.server': 'ችግሩ የተፈጠረው በእኛ በኩል ነው፣ በእርስዎ በኩል አይደለም።',
  'error.no-backend': 'ምንም የጀርባ አገልግሎት (backend) አልተዋቀረም፦ ይህ ዊጄት የአገልግሎት አድራሻ (endpoint) ያስፈልገዋል።',
  'error.retrying': 'ግንኙነቱ ወይም አገልግሎቱ ሲመለስ ይህ በራሱ ይጫናል።',
  'error.kept': 'ያስገቡት መረጃ ተቀምጧል፦ ትንሽ ቆይተው እንደገና ይሞክሩ።',
  'error.unknown': 'የሆነ ችግር ተፈጥሯል። እንደገና ይሞክሩ።',
  'time.relative-past': 'ከአንድ ደቂቃ ያነሰ ጊዜ በፊት',
};

export default messages;
