// slovenščina (sl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Nalaganje…',
  'rating.stars': { one: '{count} zvezdica', two: '{count} zvezdici', few: '{count} zvezdice', other: '{count} zvezdic' },
  'rating.yes': 'Da',
  'rating.no': 'Ne',
  'rating.csat.1': 'Zelo nezadovoljni',
  'rating.csat.2': 'Nezadovoljni',
  'rating.csat.3': 'Niti zadovoljni niti nezadovoljni',
  'rating.csat.4': 'Zadovoljni',
  'rating.csat.5': 'Zelo zadovoljni',
  'rating.send': 'Pošlji oceno',
  'rating.sending': 'Pošiljanje…',
  'rating.choose': 'Najprej izberite oceno.',
  'rating.thanks': 'Hvala za vaš odziv.',
  'rating.follow-up': 'Povejte nam več (neobvezno)',
  'rating.reasons': 'Na kaj se nanaša vaš odziv?',
  'rating.comment': 'Komentar',
  'rating.comment-hint': 'Ne navajajte osebnih podatkov, kot sta ime in naslov.',
  'rating.send-more': 'Pošlji',
  'rating.skip': 'Preskoči',
  'rating.done': 'Hvala. Vaš odziv nam pomaga izboljšati to storitev.',
  'rating.yours': 'Vaša ocena: {score}.',
  'rating.change': 'Spremeni odgovor',
  'rating.closed': 'Ta storitev trenutno ne sprejema ocen.',
  'rating.average': '{average} od 5',
  'rating.yes-share': '{percent} ljudi je to ocenilo kot koristno',
  'rating.count': {
    '=0': 'Še ni ocen',
    one: 'na podlagi {count} ocene',
    two: 'na podlagi {count} ocen',
    few: 'na podlagi {count} ocen',
    other: 'na podlagi {count} ocen',
  },
  'rating.details-show': 'Prikaži vse ocene',
  'rating.details-hide': 'Skrij vse ocene',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
