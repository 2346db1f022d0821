// தமிழ் (ta): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'ஏற்றப்படுகிறது…',
  'rating.stars': { one: 'ஒரு நட்சத்திரம்', other: '{count} நட்சத்திரங்கள்' },
  'rating.yes': 'ஆம்',
  'rating.no': 'இல்லை',
  'rating.csat.1': 'மிகவும் அதிருப்தி',
  'rating.csat.2': 'அதிருப்தி',
  'rating.csat.3': 'திருப்தியும் இல்லை, அதிருப்தியும் இல்லை',
  'rating.csat.4': 'திருப்தி',
  'rating.csat.5': 'மிகவும் திருப்தி',
  'rating.send': 'மதிப்பீட்டை அனுப்பவும்',
  'rating.sending': 'அனுப்பப்படுகிறது…',
  'rating.choose': 'முதலில் ஒரு மதிப்பீட்டைத் தேர்ந்தெடுக்கவும்.',
  'rating.thanks': 'உங்கள் கருத்துக்கு நன்றி.',
  'rating.follow-up': 'மேலும் எங்களிடம் சொல்லுங்கள் (கட்டாயமில்லை)',
  'rating.reasons': 'இது எதைப் பற்றியது?',
  'rating.comment': 'கருத்து',
  'rating.comment-hint': 'உங்கள் பெயர், முகவரி போன்ற தனிப்பட்ட தகவல்களைச் சேர்க்க வேண்டாம்.',
  'rating.send-more': 'அனுப்பவும்',
  'rating.skip': 'தவிர்க்கவும்',
  'rating.done': 'நன்றி. உங்கள் கருத்து இந்தச் சேவையை மேம்படுத்த எங்களுக்கு உதவுகிறது.',
  'rating.yours': 'உங்கள் மதிப்பீடு: {score}.',
  'rating.change': 'உங்கள் பதிலை மாற்றவும்',
  'rating.closed': 'இந்தச் சேவை தற்போது மதிப்பீடுகளை ஏற்கவில்லை.',
  'rating.average': '5-க்கு {average}',
  'rating.yes-share': '{percent} பேர் இதைப் பயனுள்ளதாகக் கண்டனர்',
  'rating.count': { '=0': 'இதுவரை மதிப்பீடுகள் இல்லை', one: 'ஒரு மதிப்பீட்டின் அடிப்படையில்', other: '{count} மதிப்பீடுகளின் அடிப்படையில்' },
  'rating.details-show': 'அனைத்து மதிப்பீடுகளையும் காட்டவும்',
  'rating.details-hide': 'அனைத்து மதிப்பீடுகளையும் மறைக்கவும்',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
