// Kiswahili (sw): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Inapakia…',
  'rating.stars': { one: 'nyota {count}', other: 'nyota {count}' },
  'rating.yes': 'Ndiyo',
  'rating.no': 'Hapana',
  'rating.csat.1': 'Sijaridhika kabisa',
  'rating.csat.2': 'Sijaridhika',
  'rating.csat.3': 'Wastani',
  'rating.csat.4': 'Nimeridhika',
  'rating.csat.5': 'Nimeridhika sana',
  'rating.send': 'Tuma tathmini',
  'rating.sending': 'Inatuma…',
  'rating.choose': 'Kwanza chagua tathmini.',
  'rating.thanks': 'Asante kwa maoni yako.',
  'rating.follow-up': 'Tueleze zaidi (si lazima)',
  'rating.reasons': 'Ilihusu nini?',
  'rating.comment': 'Maoni',
  'rating.comment-hint': 'Usiweke taarifa binafsi, kama jina lako au anwani yako.',
  'rating.send-more': 'Tuma',
  'rating.skip': 'Ruka',
  'rating.done': 'Asante. Maoni yako yanatusaidia kuboresha huduma hii.',
  'rating.yours': 'Tathmini yako: {score}.',
  'rating.change': 'Badilisha jibu lako',
  'rating.closed': 'Huduma hii haipokei tathmini kwa sasa.',
  'rating.average': '{average} kati ya 5',
  'rating.yes-share': '{percent} ya watu waliona hii ina manufaa',
  'rating.count': { '=0': 'Bado hakuna tathmini', one: 'kutokana na tathmini {count}', other: 'kutokana na tathmini {count}' },
  'rating.details-show': 'Onyesha tathmini zote',
  'rating.details-hide': 'Ficha tathmini zote',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
