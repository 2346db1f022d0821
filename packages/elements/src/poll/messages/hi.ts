// हिन्दी (hi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'मतदान लोड हो रहा है…',
  'poll.vote': 'वोट दें',
  'poll.submitting': 'आपका वोट भेजा जा रहा है…',
  'poll.change-vote': 'अपना वोट बदलें',
  'poll.keep-vote': 'मेरा वोट बनाए रखें',
  'poll.hint-single': 'एक विकल्प चुनें।',
  'poll.hint-multiple': { one: '{count} विकल्प चुनें।', other: 'ज़्यादा से ज़्यादा {count} विकल्प चुनें।' },
  'poll.max-reached': { one: 'आपने अधिकतम {count} विकल्प चुन लिया है।', other: 'आपने अधिकतम {count} विकल्प चुन लिए हैं।' },
  'poll.need-choice': 'वोट देने से पहले एक विकल्प चुनें।',
  'poll.voted': 'धन्यवाद। आपका वोट दर्ज हो गया है।',
  'poll.vote-changed': 'आपका वोट बदल दिया गया है।',
  'poll.you-voted': 'आप इस मतदान में वोट दे चुके हैं।',
  'poll.your-choice': '(✓ आपकी पसंद)',
  'poll.votes': { '=0': 'कोई वोट नहीं', one: '{count} वोट', other: '{count} वोट' },
  'poll.participants': {
    '=0': 'अभी तक किसी ने वोट नहीं दिया है।',
    one: '{count} व्यक्ति ने वोट दिया है।',
    other: '{count} लोगों ने वोट दिया है।',
  },
  'poll.closes': 'यह मतदान {relative} बंद होगा ({date})।',
  'poll.opens': 'यह मतदान {relative} शुरू होगा ({date})।',
  'poll.closed-on': 'यह मतदान {date} को बंद हो गया।',
  'poll.closed': 'यह मतदान बंद है।',
  'poll.results': 'परिणाम',
  'poll.results-after-vote': 'वोट देने के बाद परिणाम दिखाए जाते हैं।',
  'poll.results-after-close': 'मतदान बंद होने पर परिणाम दिखाए जाएँगे।',
  'poll.results-never': 'इस मतदान के परिणाम प्रकाशित नहीं किए जाते।',
  'poll.error.already-done': 'आप इस मतदान में पहले ही वोट दे चुके हैं।',
  'poll.error.closed': 'इस मतदान में अब वोट नहीं दिए जा सकते।',
};

export default messages;
