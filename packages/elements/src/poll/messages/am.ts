// አማርኛ (am): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'የድምፅ መስጫውን በመጫን ላይ…',
  'poll.vote': 'ድምፅ ይስጡ',
  'poll.submitting': 'ድምፅዎን በመላክ ላይ…',
  'poll.change-vote': 'ድምፅዎን ይቀይሩ',
  'poll.keep-vote': 'ድምፄ እንዳለ ይቆይ',
  'poll.hint-single': 'አንድ አማራጭ ይምረጡ።',
  'poll.hint-multiple': { one: '1 አማራጭ ይምረጡ።', other: 'እስከ {count} አማራጮች ይምረጡ።' },
  'poll.max-reached': { one: 'የሚፈቀደውን ከፍተኛ 1 አማራጭ መርጠዋል።', other: 'የሚፈቀደውን ከፍተኛ {count} አማራጮች መርጠዋል።' },
  'poll.need-choice': 'ድምፅ ከመስጠትዎ በፊት አንድ አማራጭ ይምረጡ።',
  'poll.voted': 'እናመሰግናለን። ድምፅዎ ተመዝግቧል።',
  'poll.vote-changed': 'ድምፅዎ ተቀይሯል።',
  'poll.you-voted': 'በዚህ የድምፅ መስጫ ድምፅ ሰጥተዋል።',
  'poll.your-choice': '(✓ የእርስዎ ምርጫ)',
  'poll.votes': { '=0': 'ምንም ድምፅ የለም', one: '{count} ድምፅ', other: '{count} ድምፆች' },
  'poll.participants': { '=0': 'እስካሁን ማንም ድምፅ አልሰጠም።', one: '{count} ሰው ድምፅ ሰጥቷል።', other: '{count} ሰዎች ድምፅ ሰጥተዋል።' },
  'poll.closes': '{relative} ይዘጋል ({date})።',
  'poll.opens': 'ይህ የድምፅ መስጫ {relative} ይከፈታል ({date})።',
  'poll.closed-on': 'ይህ የድምፅ መስጫ በ{date} ተዘግቷል።',
  'poll.closed': 'ይህ የድምፅ መስጫ ተዘግቷል።',
  'poll.results': 'ውጤቶች',
  'poll.results-after-vote': 'ውጤቶቹ ድምፅ ከሰጡ በኋላ ይታያሉ።',
  'poll.results-after-close': 'ውጤቶቹ የድምፅ መስጫው ሲዘጋ ይታያሉ።',
  'poll.results-never': 'የዚህ የድምፅ መስጫ ውጤቶች ይፋ አይደረጉም።',
  'poll.error.already-done': 'በዚህ የድምፅ መስጫ አስቀድመው ድምፅ ሰጥተዋል።',
  'poll.error.closed': 'ይህ የድምፅ መስጫ ከአሁን በኋላ ድምፅ አይቀበልም።',
};

export default messages;
