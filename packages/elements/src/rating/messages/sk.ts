// slovenčina (sk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Načítava sa…',
  'rating.stars': {
    one: '{count} hviezdička',
    few: '{count} hviezdičky',
    many: '{count} hviezdičky',
    other: '{count} hviezdičiek',
  },
  'rating.yes': 'Áno',
  'rating.no': 'Nie',
  'rating.csat.1': 'Veľmi nespokojný',
  'rating.csat.2': 'Nespokojný',
  'rating.csat.3': 'Ani spokojný, ani nespokojný',
  'rating.csat.4': 'Spokojný',
  'rating.csat.5': 'Veľmi spokojný',
  'rating.send': 'Odoslať hodnotenie',
  'rating.sending': 'Odosiela sa…',
  'rating.choose': 'Najprv vyberte hodnotenie.',
  'rating.thanks': 'Ďakujeme za spätnú väzbu.',
  'rating.follow-up': 'Napíšte nám viac (nepovinné)',
  'rating.reasons': 'Čoho sa to týkalo?',
  'rating.comment': 'Komentár',
  'rating.comment-hint': 'Neuvádzajte osobné údaje, napríklad meno alebo adresu.',
  'rating.send-more': 'Odoslať',
  'rating.skip': 'Preskočiť',
  'rating.done': 'Ďakujeme. Vaša spätná väzba nám pomáha zlepšovať túto službu.',
  'rating.yours': 'Vaše hodnotenie: {score}.',
  'rating.change': 'Zmeniť odpoveď',
  'rating.closed': 'Táto služba teraz neprijíma hodnotenia.',
  'rating.average': '{average} z 5',
  'rating.yes-share': '{percent} ľudí to považovalo za užitočné',
  'rating.count': {
    '=0': 'Zatiaľ žiadne hodnotenie',
    one: '({count} hodnotenie)',
    few: '({count} hodnotenia)',
    many: '({count} hodnotenia)',
    other: '({count} hodnotení)',
  },
  'rating.details-show': 'Zobraziť všetky hodnotenia',
  'rating.details-hide': 'Skryť všetky hodnotenia',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
