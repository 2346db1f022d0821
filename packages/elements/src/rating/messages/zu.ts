// isiZulu (zu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Iyalayisha…',
  'rating.stars': { one: 'inkanyezi eyodwa', other: 'izinkanyezi ezingu-{count}' },
  'rating.yes': 'Yebo',
  'rating.no': 'Cha',
  'rating.csat.1': 'Anganelisekile neze',
  'rating.csat.2': 'Anganelisekile',
  'rating.csat.3': 'Phakathi nendawo',
  'rating.csat.4': 'Ngenelisekile',
  'rating.csat.5': 'Ngenelisekile kakhulu',
  'rating.send': 'Thumela isilinganiso',
  'rating.sending': 'Iyathumela…',
  'rating.choose': 'Khetha isilinganiso kuqala.',
  'rating.thanks': 'Siyabonga ngombono wakho.',
  'rating.follow-up': 'Sitshele okwengeziwe (akuphoqelekile)',
  'rating.reasons': 'Bekuphathelene nani?',
  'rating.comment': 'Amazwana',
  'rating.comment-hint': 'Ungafaki imininingwane yakho siqu, njengegama lakho noma ikheli lakho.',
  'rating.send-more': 'Thumela',
  'rating.skip': 'Yeqa',
  'rating.done': 'Siyabonga. Umbono wakho usisiza ukuthuthukisa le sevisi.',
  'rating.yours': 'Isilinganiso sakho: {score}.',
  'rating.change': 'Shintsha impendulo yakho',
  'rating.closed': 'Le sevisi ayamukeli izilinganiso okwamanje.',
  'rating.average': '{average} kokungu-5',
  'rating.yes-share': '{percent} wabantu bathole lokhu kuwusizo',
  'rating.count': {
    '=0': 'Azikabikho izilinganiso',
    one: 'kusuka esilinganisweni esisodwa',
    other: 'kusuka ezilinganisweni ezingu-{count}',
  },
  'rating.details-show': 'Bonisa zonke izilinganiso',
  'rating.details-hide': 'Fihla zonke izilinganiso',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
