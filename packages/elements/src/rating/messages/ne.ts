// नेपाली (ne): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'लोड हुँदै…',
  'rating.stars': { one: '{count} तारा', other: '{count} तारा' },
  'rating.yes': 'हो',
  'rating.no': 'होइन',
  'rating.csat.1': 'धेरै असन्तुष्ट',
  'rating.csat.2': 'असन्तुष्ट',
  'rating.csat.3': 'न सन्तुष्ट न असन्तुष्ट',
  'rating.csat.4': 'सन्तुष्ट',
  'rating.csat.5': 'धेरै सन्तुष्ट',
  'rating.send': 'मूल्याङ्कन पठाउनुहोस्',
  'rating.sending': 'पठाउँदै…',
  'rating.choose': 'पहिले मूल्याङ्कन छान्नुहोस्।',
  'rating.thanks': 'तपाईंको प्रतिक्रियाका लागि धन्यवाद।',
  'rating.follow-up': 'हामीलाई थप बताउनुहोस् (ऐच्छिक)',
  'rating.reasons': 'यो केसँग सम्बन्धित थियो?',
  'rating.comment': 'टिप्पणी',
  'rating.comment-hint': 'आफ्नो नाम वा ठेगाना जस्ता व्यक्तिगत विवरण नलेख्नुहोस्।',
  'rating.send-more': 'पठाउनुहोस्',
  'rating.skip': 'छोड्नुहोस्',
  'rating.done': 'धन्यवाद। तपाईंको प्रतिक्रियाले हामीलाई यो सेवा सुधार गर्न मद्दत गर्छ।',
  'rating.yours': 'तपाईंको मूल्याङ्कन: {score}।',
  'rating.change': 'आफ्नो जवाफ परिवर्तन गर्नुहोस्',
  'rating.closed': 'यो सेवाले अहिले मूल्याङ्कन लिइरहेको छैन।',
  'rating.average': '५ मध्ये {average}',
  'rating.yes-share': '{percent} मानिसलाई यो उपयोगी लाग्यो',
  'rating.count': { '=0': 'अहिलेसम्म कुनै मूल्याङ्कन छैन', one: '({count} मूल्याङ्कनका आधारमा)', other: '({count} मूल्याङ्कनका आधारमा)' },
  'rating.details-show': 'सबै मूल्याङ्कन देखाउनुहोस्',
  'rating.details-hide': 'सबै मूल्याङ्कन लुकाउनुहोस्',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
