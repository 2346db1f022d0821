// հայերեն (hy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Հարցումը բեռնվում է…',
  'poll.vote': 'Քվեարկել',
  'poll.submitting': 'Ձեր ձայնն ուղարկվում է…',
  'poll.change-vote': 'Փոխել ձայնը',
  'poll.keep-vote': 'Պահպանել իմ ձայնը',
  'poll.hint-single': 'Ընտրեք մեկ տարբերակ։',
  'poll.hint-multiple': { one: 'Ընտրեք {count} տարբերակ։', other: 'Ընտրեք առավելագույնը {count} տարբերակ։' },
  'poll.max-reached': {
    one: 'Դուք ընտրել եք տարբերակների առավելագույն քանակը՝ {count}։',
    other: 'Դուք ընտրել եք տարբերակների առավելագույն քանակը՝ {count}։',
  },
  'poll.need-choice': 'Քվեարկելուց առաջ ընտրեք տարբերակ։',
  'poll.voted': 'Շնորհակալություն։ Ձեր ձայնը գրանցվել է։',
  'poll.vote-changed': 'Ձեր ձայնը փոխվել է։',
  'poll.you-voted': 'Դուք մասնակցել եք այս հարցմանը։',
  'poll.your-choice': '(✓ Ձեր ընտրությունը)',
  'poll.votes': { '=0': 'ձայներ չկան', one: '{count} ձայն', other: '{count} ձայն' },
  'poll.participants': { '=0': 'Դեռ ոչ ոք չի քվեարկել։', one: 'Քվեարկել է {count} մարդ։', other: 'Քվեարկել է {count} մարդ։' },
  'poll.closes': 'Հարցումը կփակվի {relative} ({date})։',
  'poll.opens': 'Այս հարցումը կբացվի {relative} ({date})։',
  'poll.closed-on': 'Այս հարցումը փակվել է։ Փակման ամսաթիվը՝ {date}։',
  'poll.closed': 'Այս հարցումը փակված է։',
  'poll.results': 'Արդյունքներ',
  'poll.results-after-vote': 'Արդյունքները կցուցադրվեն քվեարկելուց հետո։',
  'poll.results-after-close': 'Արդյունքները կցուցադրվեն հարցման ավարտից հետո։',
  'poll.results-never': 'Այս հարցման արդյունքները չեն հրապարակվում։',
  'poll.error.already-done': 'Դուք արդեն քվեարկել եք այս հարցման մեջ։',
  'poll.error.closed': 'Այս հարցման քվեարկությունն այլևս բաց չէ։',
};

export default messages;
