// română (ro): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Se încarcă…',
  'rating.stars': { one: '{count} stea', few: '{count} stele', other: '{count} de stele' },
  'rating.yes': 'Da',
  'rating.no': 'Nu',
  'rating.csat.1': 'Foarte nemulțumit',
  'rating.csat.2': 'Nemulțumit',
  'rating.csat.3': 'Nici mulțumit, nici nemulțumit',
  'rating.csat.4': 'Mulțumit',
  'rating.csat.5': 'Foarte mulțumit',
  'rating.send': 'Trimite evaluarea',
  'rating.sending': 'Se trimite…',
  'rating.choose': 'Alegeți mai întâi o evaluare.',
  'rating.thanks': 'Vă mulțumim pentru părere.',
  'rating.follow-up': 'Spuneți-ne mai multe (opțional)',
  'rating.reasons': 'Ce v-a determinat să răspundeți astfel?',
  'rating.comment': 'Comentariu',
  'rating.comment-hint': 'Nu includeți date personale, cum ar fi numele sau adresa dumneavoastră.',
  'rating.send-more': 'Trimite',
  'rating.skip': 'Omite',
  'rating.done': 'Vă mulțumim. Părerea dumneavoastră ne ajută să îmbunătățim acest serviciu.',
  'rating.yours': 'Evaluarea dumneavoastră: {score}.',
  'rating.change': 'Schimbă răspunsul',
  'rating.closed': 'Momentan, acest serviciu nu primește evaluări.',
  'rating.average': '{average} din 5',
  'rating.yes-share': '{percent} dintre persoane au considerat pagina utilă',
  'rating.count': {
    '=0': 'Nicio evaluare încă',
    one: 'pe baza unei evaluări',
    few: 'pe baza a {count} evaluări',
    other: 'pe baza a {count} de evaluări',
  },
  'rating.details-show': 'Afișează toate evaluările',
  'rating.details-hide': 'Ascunde toate evaluările',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
