// magyar (hu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Betöltés…',
  'rating.stars': { one: '{count} csillag', other: '{count} csillag' },
  'rating.yes': 'Igen',
  'rating.no': 'Nem',
  'rating.csat.1': 'Nagyon elégedetlen',
  'rating.csat.2': 'Elégedetlen',
  'rating.csat.3': 'Se nem elégedett, se nem elégedetlen',
  'rating.csat.4': 'Elégedett',
  'rating.csat.5': 'Nagyon elégedett',
  'rating.send': 'Értékelés elküldése',
  'rating.sending': 'Küldés…',
  'rating.choose': 'Először válasszon értékelést.',
  'rating.thanks': 'Köszönjük visszajelzését.',
  'rating.follow-up': 'Írja meg részletesebben (nem kötelező)',
  'rating.reasons': 'Mivel kapcsolatos a visszajelzése?',
  'rating.comment': 'Megjegyzés',
  'rating.comment-hint': 'Ne adjon meg személyes adatokat, például a nevét vagy a címét.',
  'rating.send-more': 'Küldés',
  'rating.skip': 'Kihagyás',
  'rating.done': 'Köszönjük. Visszajelzése segít nekünk a szolgáltatás fejlesztésében.',
  'rating.yours': 'Az Ön értékelése: {score}.',
  'rating.change': 'Válasz módosítása',
  'rating.closed': 'Ez a szolgáltatás jelenleg nem fogad értékeléseket.',
  'rating.average': '5-ből {average} pont',
  'rating.yes-share': 'A válaszadók {percent}-a hasznosnak találta',
  'rating.count': { '=0': 'Még nincs értékelés', one: '{count} értékelés alapján', other: '{count} értékelés alapján' },
  'rating.details-show': 'Összes értékelés megjelenítése',
  'rating.details-hide': 'Összes értékelés elrejtése',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
