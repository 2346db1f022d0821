// Filipino (fil): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Naglo-load…',
  'rating.stars': { one: '{count} bituin', other: '{count} bituin' },
  'rating.yes': 'Oo',
  'rating.no': 'Hindi',
  'rating.csat.1': 'Lubos na hindi nasisiyahan',
  'rating.csat.2': 'Hindi nasisiyahan',
  'rating.csat.3': 'Katamtaman',
  'rating.csat.4': 'Nasisiyahan',
  'rating.csat.5': 'Lubos na nasisiyahan',
  'rating.send': 'Ipadala ang rating',
  'rating.sending': 'Ipinapadala…',
  'rating.choose': 'Pumili muna ng rating.',
  'rating.thanks': 'Salamat sa inyong puna.',
  'rating.follow-up': 'Magsabi pa sa amin (opsyonal)',
  'rating.reasons': 'Tungkol saan ito?',
  'rating.comment': 'Komento',
  'rating.comment-hint': 'Huwag isama ang personal na impormasyon, gaya ng inyong pangalan o address.',
  'rating.send-more': 'Ipadala',
  'rating.skip': 'Laktawan',
  'rating.done': 'Salamat. Tinutulungan kami ng inyong puna na mapabuti ang serbisyong ito.',
  'rating.yours': 'Ang inyong rating: {score}.',
  'rating.change': 'Palitan ang inyong sagot',
  'rating.closed': 'Hindi tumatanggap ng rating ang serbisyong ito sa ngayon.',
  'rating.average': '{average} sa 5',
  'rating.yes-share': 'Nakatulong ito sa {percent} ng mga tao',
  'rating.count': { '=0': 'Wala pang rating', one: '(mula sa {count} rating)', other: '(mula sa {count} rating)' },
  'rating.details-show': 'Ipakita ang lahat ng rating',
  'rating.details-hide': 'Itago ang lahat ng rating',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
