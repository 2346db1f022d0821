// नेपाली (ne): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'मतसर्वेक्षण लोड हुँदै…',
  'poll.vote': 'मत दिनुहोस्',
  'poll.submitting': 'तपाईंको मत पठाउँदै…',
  'poll.change-vote': 'आफ्नो मत परिवर्तन गर्नुहोस्',
  'poll.keep-vote': 'मेरो मत यथावत् राख्नुहोस्',
  'poll.hint-single': 'एउटा विकल्प छान्नुहोस्।',
  'poll.hint-multiple': { one: 'एउटा विकल्प छान्नुहोस्।', other: 'बढीमा {count} वटा विकल्प छान्नुहोस्।' },
  'poll.max-reached': {
    one: 'तपाईंले छान्न मिल्ने अधिकतम एउटा विकल्प छानिसक्नुभयो।',
    other: 'तपाईंले छान्न मिल्ने अधिकतम {count} वटा विकल्प छानिसक्नुभयो।',
  },
  'poll.need-choice': 'मत दिनुअघि एउटा विकल्प छान्नुहोस्।',
  'poll.voted': 'धन्यवाद। तपाईंको मत दर्ता भयो।',
  'poll.vote-changed': 'तपाईंको मत परिवर्तन गरियो।',
  'poll.you-voted': 'तपाईंले यो मतसर्वेक्षणमा मत दिइसक्नुभएको छ।',
  'poll.your-choice': '(✓ तपाईंको छनोट)',
  'poll.votes': { '=0': 'कुनै मत छैन', one: '{count} मत', other: '{count} मत' },
  'poll.participants': {
    '=0': 'अहिलेसम्म कसैले पनि मत दिएको छैन।',
    one: '{count} जनाले मत दिनुभएको छ।',
    other: '{count} जनाले मत दिनुभएको छ।',
  },
  'poll.closes': '{relative} बन्द हुनेछ ({date})।',
  'poll.opens': 'यो मतसर्वेक्षण {relative} खुल्नेछ ({date})।',
  'poll.closed-on': 'यो मतसर्वेक्षण {date} मा बन्द भयो।',
  'poll.closed': 'यो मतसर्वेक्षण बन्द भइसकेको छ।',
  'poll.results': 'नतिजा',
  'poll.results-after-vote': 'तपाईंले मत दिएपछि नतिजा देखाइन्छ।',
  'poll.results-after-close': 'मतसर्वेक्षण बन्द भएपछि नतिजा देखाइनेछ।',
  'poll.results-never': 'यो मतसर्वेक्षणको नतिजा सार्वजनिक गरिँदैन।',
  'poll.error.already-done': 'तपाईंले यो मतसर्वेक्षणमा पहिले नै मत दिइसक्नुभएको छ।',
  'poll.error.closed': 'यो मतसर्वेक्षणमा अब मत दिन मिल्दैन।',
};

export default messages;
