// বাংলা (bn): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'জরিপ লোড হচ্ছে…',
  'poll.vote': 'ভোট দিন',
  'poll.submitting': 'আপনার ভোট পাঠানো হচ্ছে…',
  'poll.change-vote': 'ভোট পরিবর্তন করুন',
  'poll.keep-vote': 'আমার ভোট অপরিবর্তিত রাখুন',
  'poll.hint-single': 'একটি বিকল্প বেছে নিন।',
  'poll.hint-multiple': { one: '{count}টি বিকল্প বেছে নিন।', other: 'সর্বোচ্চ {count}টি বিকল্প বেছে নিন।' },
  'poll.max-reached': {
    one: 'আপনি সর্বোচ্চ সংখ্যক, অর্থাৎ {count}টি বিকল্প বেছে নিয়েছেন।',
    other: 'আপনি সর্বোচ্চ সংখ্যক, অর্থাৎ {count}টি বিকল্প বেছে নিয়েছেন।',
  },
  'poll.need-choice': 'ভোট দেওয়ার আগে একটি বিকল্প বেছে নিন।',
  'poll.voted': 'ধন্যবাদ। আপনার ভোট নথিভুক্ত হয়েছে।',
  'poll.vote-changed': 'আপনার ভোট পরিবর্তন করা হয়েছে।',
  'poll.you-voted': 'আপনি এই জরিপে ভোট দিয়েছেন।',
  'poll.your-choice': '(✓ আপনার পছন্দ)',
  'poll.votes': { '=0': 'কোনো ভোট নেই', one: '{count}টি ভোট', other: '{count}টি ভোট' },
  'poll.participants': { '=0': 'এখনো কেউ ভোট দেননি।', one: '{count} জন ভোট দিয়েছেন।', other: '{count} জন ভোট দিয়েছেন।' },
  'poll.closes': 'এই জরিপ {relative} বন্ধ হবে ({date})।',
  'poll.opens': 'এই জরিপ {relative} শুরু হবে ({date})।',
  'poll.closed-on': 'এই জরিপ {date} তারিখে বন্ধ হয়েছে।',
  'poll.closed': 'এই জরিপ বন্ধ।',
  'poll.results': 'ফলাফল',
  'poll.results-after-vote': 'ভোট দেওয়ার পর ফলাফল দেখানো হয়।',
  'poll.results-after-close': 'জরিপ বন্ধ হলে ফলাফল দেখানো হবে।',
  'poll.results-never': 'এই জরিপের ফলাফল প্রকাশ করা হয় না।',
  'poll.error.already-done': 'আপনি এই জরিপে আগেই ভোট দিয়েছেন।',
  'poll.error.closed': 'এই জরিপে আর ভোট দেওয়া যাবে না।',
};

export default messages;
