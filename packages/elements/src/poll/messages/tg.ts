// тоҷикӣ (tg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Пурсиш бор шуда истодааст…',
  'poll.vote': 'Овоз додан',
  'poll.submitting': 'Овози шумо фиристода шуда истодааст…',
  'poll.change-vote': 'Тағйир додани овоз',
  'poll.keep-vote': 'Овозамро нигоҳ доштан',
  'poll.hint-single': 'Як вариантро интихоб кунед.',
  'poll.hint-multiple': { one: '1 вариантро интихоб кунед.', other: 'То {count} вариантро интихоб кунед.' },
  'poll.max-reached': {
    one: 'Шумо шумораи ҳадди аксари вариантҳоро интихоб кардед: 1.',
    other: 'Шумо шумораи ҳадди аксари вариантҳоро интихоб кардед: {count}.',
  },
  'poll.need-choice': 'Пеш аз овоз додан вариантеро интихоб кунед.',
  'poll.voted': 'Ташаккур. Овози шумо сабт шуд.',
  'poll.vote-changed': 'Овози шумо тағйир дода шуд.',
  'poll.you-voted': 'Шумо дар ин пурсиш овоз додаед.',
  'poll.your-choice': '(✓ интихоби шумо)',
  'poll.votes': { '=0': 'овоз нест', one: '{count} овоз', other: '{count} овоз' },
  'poll.participants': {
    '=0': 'Ҳанӯз ҳеҷ кас овоз надодааст.',
    one: '{count} нафар овоз дод.',
    other: '{count} нафар овоз доданд.',
  },
  'poll.closes': 'Пурсиш {relative} баста мешавад ({date}).',
  'poll.opens': 'Ин пурсиш {relative} оғоз мешавад ({date}).',
  'poll.closed-on': 'Ин пурсиш санаи {date} баста шуд.',
  'poll.closed': 'Ин пурсиш баста шудааст.',
  'poll.results': 'Натиҷаҳо',
  'poll.results-after-vote': 'Натиҷаҳо пас аз овоз додани шумо нишон дода мешаванд.',
  'poll.results-after-close': 'Натиҷаҳо пас аз баста шудани пурсиш нишон дода мешаванд.',
  'poll.results-never': 'Натиҷаҳои ин пурсиш нашр намешаванд.',
  'poll.error.already-done': 'Шумо дар ин пурсиш аллакай овоз додаед.',
  'poll.error.closed': 'Дар ин пурсиш дигар овоз додан мумкин нест.',
};

export default messages;
