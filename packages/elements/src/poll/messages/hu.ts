// magyar (hu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Szavazás betöltése…',
  'poll.vote': 'Szavazat leadása',
  'poll.submitting': 'Szavazat küldése…',
  'poll.change-vote': 'Szavazat módosítása',
  'poll.keep-vote': 'Megtartom a szavazatomat',
  'poll.hint-single': 'Válasszon egy lehetőséget.',
  'poll.hint-multiple': { one: 'Válasszon 1 lehetőséget.', other: 'Válasszon legfeljebb {count} lehetőséget.' },
  'poll.max-reached': {
    one: 'Már kiválasztotta a választható 1 lehetőséget.',
    other: 'Már kiválasztotta a legfeljebb választható {count} lehetőséget.',
  },
  'poll.need-choice': 'Szavazás előtt válasszon egy lehetőséget.',
  'poll.voted': 'Köszönjük. Szavazatát rögzítettük.',
  'poll.vote-changed': 'Szavazatát módosítottuk.',
  'poll.you-voted': 'Ön már leadta szavazatát ebben a szavazásban.',
  'poll.your-choice': '(✓ az Ön választása)',
  'poll.votes': { '=0': 'nincs szavazat', one: '{count} szavazat', other: '{count} szavazat' },
  'poll.participants': { '=0': 'Még senki sem szavazott.', one: '{count} fő szavazott.', other: '{count} fő szavazott.' },
  'poll.closes': 'A szavazás {relative} zárul ({date}).',
  'poll.opens': 'A szavazás {relative} kezdődik ({date}).',
  'poll.closed-on': 'A szavazás lezárult ({date}).',
  'poll.closed': 'A szavazás lezárult.',
  'poll.results': 'Eredmények',
  'poll.results-after-vote': 'Az eredmények a szavazat leadása után jelennek meg.',
  'poll.results-after-close': 'Az eredmények a szavazás lezárása után jelennek meg.',
  'poll.results-never': 'A szavazás eredményeit nem tesszük közzé.',
  'poll.error.already-done': 'Ön ebben a szavazásban már leadta szavazatát.',
  'poll.error.closed': 'Ebben a szavazásban már nem lehet szavazni.',
};

export default messages;
