// română (ro): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Se încarcă sondajul…',
  'poll.vote': 'Votează',
  'poll.submitting': 'Se trimite votul…',
  'poll.change-vote': 'Schimbă votul',
  'poll.keep-vote': 'Păstrez votul',
  'poll.hint-single': 'Alegeți o opțiune.',
  'poll.hint-multiple': {
    one: 'Alegeți 1 opțiune.',
    few: 'Alegeți cel mult {count} opțiuni.',
    other: 'Alegeți cel mult {count} de opțiuni.',
  },
  'poll.max-reached': {
    one: 'Ați ales numărul maxim de opțiuni (1).',
    few: 'Ați ales numărul maxim de opțiuni ({count}).',
    other: 'Ați ales numărul maxim de opțiuni ({count}).',
  },
  'poll.need-choice': 'Alegeți o opțiune înainte de a vota.',
  'poll.voted': 'Vă mulțumim. Votul dumneavoastră a fost înregistrat.',
  'poll.vote-changed': 'Votul dumneavoastră a fost schimbat.',
  'poll.you-voted': 'Ați votat în acest sondaj.',
  'poll.your-choice': '(✓ alegerea dumneavoastră)',
  'poll.votes': { '=0': 'niciun vot', one: '{count} vot', few: '{count} voturi', other: '{count} de voturi' },
  'poll.participants': {
    '=0': 'Nu a votat nimeni până acum.',
    one: 'A votat o persoană.',
    few: 'Au votat {count} persoane.',
    other: 'Au votat {count} de persoane.',
  },
  'poll.closes': 'Se închide {relative} ({date}).',
  'poll.opens': 'Acest sondaj se deschide {relative} ({date}).',
  'poll.closed-on': 'Acest sondaj s-a închis pe {date}.',
  'poll.closed': 'Acest sondaj este închis.',
  'poll.results': 'Rezultate',
  'poll.results-after-vote': 'Rezultatele sunt afișate după ce votați.',
  'poll.results-after-close': 'Rezultatele vor fi afișate la închiderea sondajului.',
  'poll.results-never': 'Rezultatele acestui sondaj nu sunt publicate.',
  'poll.error.already-done': 'Ați votat deja în acest sondaj.',
  'poll.error.closed': 'Acest sondaj nu mai primește voturi.',
};

export default messages;
