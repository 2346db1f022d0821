// lietuvių (lt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Įkeliama apklausa…',
  'poll.vote': 'Balsuoti',
  'poll.submitting': 'Siunčiamas Jūsų balsas…',
  'poll.change-vote': 'Keisti balsą',
  'poll.keep-vote': 'Palikti mano balsą',
  'poll.hint-single': 'Pasirinkite vieną variantą.',
  'poll.hint-multiple': {
    one: 'Pasirinkite ne daugiau kaip {count} variantą.',
    few: 'Pasirinkite ne daugiau kaip {count} variantus.',
    many: 'Pasirinkite ne daugiau kaip {count} varianto.',
    other: 'Pasirinkite ne daugiau kaip {count} variantų.',
  },
  'poll.max-reached': {
    one: 'Pasirinkote didžiausią leidžiamą variantų skaičių ({count}).',
    few: 'Pasirinkote didžiausią leidžiamą variantų skaičių ({count}).',
    many: 'Pasirinkote didžiausią leidžiamą variantų skaičių ({count}).',
    other: 'Pasirinkote didžiausią leidžiamą variantų skaičių ({count}).',
  },
  'poll.need-choice': 'Prieš balsuodami pasirinkite variantą.',
  'poll.voted': 'Ačiū. Jūsų balsas užregistruotas.',
  'poll.vote-changed': 'Jūsų balsas pakeistas.',
  'poll.you-voted': 'Šioje apklausoje jau balsavote.',
  'poll.your-choice': '(✓ Jūsų pasirinkimas)',
  'poll.votes': {
    '=0': 'balsų nėra',
    one: '{count} balsas',
    few: '{count} balsai',
    many: '{count} balso',
    other: '{count} balsų',
  },
  'poll.participants': {
    '=0': 'Dar niekas nebalsavo.',
    one: 'Balsavo {count} žmogus.',
    few: 'Balsavo {count} žmonės.',
    many: 'Balsavo {count} žmogaus.',
    other: 'Balsavo {count} žmonių.',
  },
  'poll.closes': 'Apklausa baigsis {relative} ({date}).',
  'poll.opens': 'Apklausa prasidės {relative} ({date}).',
  'poll.closed-on': 'Apklausa baigėsi {date}.',
  'poll.closed': 'Ši apklausa baigta.',
  'poll.results': 'Rezultatai',
  'poll.results-after-vote': 'Rezultatai bus rodomi, kai balsuosite.',
  'poll.results-after-close': 'Rezultatai bus rodomi, kai apklausa baigsis.',
  'poll.results-never': 'Šios apklausos rezultatai neskelbiami.',
  'poll.error.already-done': 'Šioje apklausoje jau balsavote.',
  'poll.error.closed': 'Šioje apklausoje balsuoti nebegalima.',
};

export default messages;
