// Hausa (ha): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Ana lodawa…',
  'rating.stars': { one: 'tauraro {count}', other: 'taurari {count}' },
  'rating.yes': 'Ee',
  'rating.no': "A'a",
  'rating.csat.1': 'Ban gamsu ba ko kaɗan',
  'rating.csat.2': 'Ban gamsu ba',
  'rating.csat.3': 'Tsaka-tsaki',
  'rating.csat.4': 'Na gamsu',
  'rating.csat.5': 'Na gamsu sosai',
  'rating.send': 'Aika ƙima',
  'rating.sending': 'Ana aikawa…',
  'rating.choose': 'Ku zaɓi ƙima tukuna.',
  'rating.thanks': "Mun gode da ra'ayinku.",
  'rating.follow-up': 'Ƙara gaya mana (ba dole ba ne)',
  'rating.reasons': 'Game da me ne?',
  'rating.comment': 'Sharhi',
  'rating.comment-hint': 'Kada ku sa bayanan sirri, kamar sunanku ko adireshinku.',
  'rating.send-more': 'Aika',
  'rating.skip': 'Tsallake',
  'rating.done': "Mun gode. Ra'ayinku yana taimaka mana mu inganta wannan sabis ɗin.",
  'rating.yours': 'Ƙimarku: {score}.',
  'rating.change': 'Sauya amsarku',
  'rating.closed': 'Wannan sabis ɗin ba ya karɓar ƙima a yanzu.',
  'rating.average': '{average} cikin 5',
  'rating.yes-share': '{percent} na mutane sun ga wannan yana da amfani',
  'rating.count': { '=0': 'Babu ƙima tukuna', one: 'daga ƙima {count}', other: 'daga ƙima {count}' },
  'rating.details-show': 'Nuna dukkan ƙima',
  'rating.details-hide': 'Ɓoye dukkan ƙima',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
