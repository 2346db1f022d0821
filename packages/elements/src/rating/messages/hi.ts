// हिन्दी (hi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'लोड हो रहा है…',
  'rating.stars': { one: '{count} स्टार', other: '{count} स्टार' },
  'rating.yes': 'हाँ',
  'rating.no': 'नहीं',
  'rating.csat.1': 'बहुत असंतुष्ट',
  'rating.csat.2': 'असंतुष्ट',
  'rating.csat.3': 'न संतुष्ट, न असंतुष्ट',
  'rating.csat.4': 'संतुष्ट',
  'rating.csat.5': 'बहुत संतुष्ट',
  'rating.send': 'रेटिंग भेजें',
  'rating.sending': 'भेजा जा रहा है…',
  'rating.choose': 'पहले एक रेटिंग चुनें।',
  'rating.thanks': 'आपकी प्रतिक्रिया के लिए धन्यवाद।',
  'rating.follow-up': 'हमें और बताएँ (वैकल्पिक)',
  'rating.reasons': 'यह किस बारे में था?',
  'rating.comment': 'टिप्पणी',
  'rating.comment-hint': 'अपनी निजी जानकारी, जैसे नाम या पता, न लिखें।',
  'rating.send-more': 'भेजें',
  'rating.skip': 'छोड़ें',
  'rating.done': 'धन्यवाद। आपकी प्रतिक्रिया से हमें यह सेवा बेहतर बनाने में मदद मिलती है।',
  'rating.yours': 'आपकी रेटिंग: {score}।',
  'rating.change': 'अपना जवाब बदलें',
  'rating.closed': 'यह सेवा अभी रेटिंग नहीं ले रही है।',
  'rating.average': '5 में से {average}',
  'rating.yes-share': '{percent} लोगों को यह उपयोगी लगा',
  'rating.count': { '=0': 'अभी तक कोई रेटिंग नहीं', one: '{count} रेटिंग के आधार पर', other: '{count} रेटिंग के आधार पर' },
  'rating.details-show': 'सभी रेटिंग दिखाएँ',
  'rating.details-hide': 'सभी रेटिंग छिपाएँ',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
