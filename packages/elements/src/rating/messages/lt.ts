// lietuvių (lt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Įkeliama…',
  'rating.stars': {
    one: '{count} žvaigždutė',
    few: '{count} žvaigždutės',
    many: '{count} žvaigždutės',
    other: '{count} žvaigždučių',
  },
  'rating.yes': 'Taip',
  'rating.no': 'Ne',
  'rating.csat.1': 'Labai netenkina',
  'rating.csat.2': 'Netenkina',
  'rating.csat.3': 'Nei tenkina, nei netenkina',
  'rating.csat.4': 'Tenkina',
  'rating.csat.5': 'Labai tenkina',
  'rating.send': 'Siųsti įvertinimą',
  'rating.sending': 'Siunčiama…',
  'rating.choose': 'Pirmiausia pasirinkite įvertinimą.',
  'rating.thanks': 'Ačiū už atsiliepimą.',
  'rating.follow-up': 'Papasakokite daugiau (neprivaloma)',
  'rating.reasons': 'Su kuo tai susiję?',
  'rating.comment': 'Komentaras',
  'rating.comment-hint': 'Nenurodykite asmens duomenų, pavyzdžiui, savo vardo ar adreso.',
  'rating.send-more': 'Siųsti',
  'rating.skip': 'Praleisti',
  'rating.done': 'Ačiū. Jūsų atsiliepimas padeda mums tobulinti šią paslaugą.',
  'rating.yours': 'Jūsų įvertinimas: {score}.',
  'rating.change': 'Keisti atsakymą',
  'rating.closed': 'Ši paslauga šiuo metu nepriima įvertinimų.',
  'rating.average': '{average} iš 5',
  'rating.yes-share': '{percent} žmonių tai pasirodė naudinga',
  'rating.count': {
    '=0': 'Įvertinimų dar nėra',
    one: 'pagal {count} įvertinimą',
    few: 'pagal {count} įvertinimus',
    many: 'pagal {count} įvertinimo',
    other: 'pagal {count} įvertinimų',
  },
  'rating.details-show': 'Rodyti visus įvertinimus',
  'rating.details-hide': 'Slėpti visus įvertinimus',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
