// தமிழ் (ta): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'வாக்கெடுப்பு ஏற்றப்படுகிறது…',
  'poll.vote': 'வாக்களிக்கவும்',
  'poll.submitting': 'உங்கள் வாக்கு அனுப்பப்படுகிறது…',
  'poll.change-vote': 'உங்கள் வாக்கை மாற்றவும்',
  'poll.keep-vote': 'என் வாக்கை மாற்ற வேண்டாம்',
  'poll.hint-single': 'ஒரு விருப்பத்தைத் தேர்ந்தெடுக்கவும்.',
  'poll.hint-multiple': { one: 'ஒரு விருப்பத்தைத் தேர்ந்தெடுக்கவும்.', other: 'அதிகபட்சம் {count} விருப்பங்களைத் தேர்ந்தெடுக்கவும்.' },
  'poll.max-reached': {
    one: 'அதிகபட்ச அளவான ஒரு விருப்பத்தை நீங்கள் தேர்ந்தெடுத்துவிட்டீர்கள்.',
    other: 'அதிகபட்ச அளவான {count} விருப்பங்களை நீங்கள் தேர்ந்தெடுத்துவிட்டீர்கள்.',
  },
  'poll.need-choice': 'வாக்களிக்கும் முன் ஒரு விருப்பத்தைத் தேர்ந்தெடுக்கவும்.',
  'poll.voted': 'நன்றி. உங்கள் வாக்கு பதிவு செய்யப்பட்டது.',
  'poll.vote-changed': 'உங்கள் வாக்கு மாற்றப்பட்டது.',
  'poll.you-voted': 'இந்த வாக்கெடுப்பில் நீங்கள் வாக்களித்துள்ளீர்கள்.',
  'poll.your-choice': '(✓ உங்கள் தேர்வு)',
  'poll.votes': { '=0': 'வாக்குகள் இல்லை', one: 'ஒரு வாக்கு', other: '{count} வாக்குகள்' },
  'poll.participants': { '=0': 'இதுவரை யாரும் வாக்களிக்கவில்லை.', one: 'ஒருவர் வாக்களித்துள்ளார்.', other: '{count} பேர் வாக்களித்துள்ளனர்.' },
  'poll.closes': 'இந்த வாக்கெடுப்பு {relative} முடிவடையும் ({date}).',
  'poll.opens': 'இந்த வாக்கெடுப்பு {relative} தொடங்கும் ({date}).',
  'poll.closed-on': 'இந்த வாக்கெடுப்பு {date} அன்று முடிவடைந்தது.',
  'poll.closed': 'இந்த வாக்கெடுப்பு முடிவடைந்துவிட்டது.',
  'poll.results': 'முடிவுகள்',
  'poll.results-after-vote': 'நீங்கள் வாக்களித்த பிறகு முடிவுகள் காட்டப்படும்.',
  'poll.results-after-close': 'வாக்கெடுப்பு முடிந்ததும் முடிவுகள் காட்டப்படும்.',
  'poll.results-never': 'இந்த வாக்கெடுப்பின் முடிவுகள் வெளியிடப்படுவதில்லை.',
  'poll.error.already-done': 'இந்த வாக்கெடுப்பில் நீங்கள் ஏற்கெனவே வாக்களித்துவிட்டீர்கள்.',
  'poll.error.closed': 'இந்த வாக்கெடுப்பில் இனி வாக்களிக்க முடியாது.',
};

export default messages;
