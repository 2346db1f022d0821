// latviešu (lv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Notiek ielāde…',
  'rating.stars': { zero: '{count} zvaigznes', one: '{count} zvaigzne', other: '{count} zvaigznes' },
  'rating.yes': 'Jā',
  'rating.no': 'Nē',
  'rating.csat.1': 'Ļoti neapmierina',
  'rating.csat.2': 'Neapmierina',
  'rating.csat.3': 'Ne apmierina, ne neapmierina',
  'rating.csat.4': 'Apmierina',
  'rating.csat.5': 'Ļoti apmierina',
  'rating.send': 'Sūtīt vērtējumu',
  'rating.sending': 'Sūta…',
  'rating.choose': 'Vispirms izvēlieties vērtējumu.',
  'rating.thanks': 'Paldies par atsauksmi.',
  'rating.follow-up': 'Pastāstiet vairāk (nav obligāti)',
  'rating.reasons': 'Ar ko tas bija saistīts?',
  'rating.comment': 'Komentārs',
  'rating.comment-hint': 'Nenorādiet personas datus, piemēram, savu vārdu vai adresi.',
  'rating.send-more': 'Sūtīt',
  'rating.skip': 'Izlaist',
  'rating.done': 'Paldies! Jūsu atsauksme palīdz mums uzlabot šo pakalpojumu.',
  'rating.yours': 'Jūsu vērtējums: {score}.',
  'rating.change': 'Mainīt atbildi',
  'rating.closed': 'Šis pakalpojums pašlaik nepieņem vērtējumus.',
  'rating.average': '{average} no 5',
  'rating.yes-share': '{percent} cilvēku to uzskatīja par noderīgu',
  'rating.count': {
    '=0': 'Vēl nav vērtējumu',
    zero: '(kopā {count} vērtējumi)',
    one: '(kopā {count} vērtējums)',
    other: '(kopā {count} vērtējumi)',
  },
  'rating.details-show': 'Rādīt visus vērtējumus',
  'rating.details-hide': 'Paslēpt visus vērtējumus',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
