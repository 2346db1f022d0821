// čeština (cs): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Načítání…',
  'rating.stars': { one: '{count} hvězdička', few: '{count} hvězdičky', many: '{count} hvězdičky', other: '{count} hvězdiček' },
  'rating.yes': 'Ano',
  'rating.no': 'Ne',
  'rating.csat.1': 'Velmi nespokojen',
  'rating.csat.2': 'Nespokojen',
  'rating.csat.3': 'Ani spokojen, ani nespokojen',
  'rating.csat.4': 'Spokojen',
  'rating.csat.5': 'Velmi spokojen',
  'rating.send': 'Odeslat hodnocení',
  'rating.sending': 'Odesílání…',
  'rating.choose': 'Nejprve vyberte hodnocení.',
  'rating.thanks': 'Děkujeme za zpětnou vazbu.',
  'rating.follow-up': 'Napište nám více (nepovinné)',
  'rating.reasons': 'Čeho se to týkalo?',
  'rating.comment': 'Komentář',
  'rating.comment-hint': 'Neuvádějte osobní údaje, například jméno nebo adresu.',
  'rating.send-more': 'Odeslat',
  'rating.skip': 'Přeskočit',
  'rating.done': 'Děkujeme. Vaše zpětná vazba nám pomáhá tuto službu zlepšovat.',
  'rating.yours': 'Vaše hodnocení: {score}.',
  'rating.change': 'Změnit odpověď',
  'rating.closed': 'Tato služba teď nepřijímá hodnocení.',
  'rating.average': '{average} z 5',
  'rating.yes-share': '{percent} lidí to považovalo za užitečné',
  'rating.count': {
    '=0': 'Zatím žádné hodnocení',
    one: '({count} hodnocení)',
    few: '({count} hodnocení)',
    many: '({count} hodnocení)',
    other: '({count} hodnocení)',
  },
  'rating.details-show': 'Zobrazit všechna hodnocení',
  'rating.details-hide': 'Skrýt všechna hodnocení',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
