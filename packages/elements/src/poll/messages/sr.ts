// српски (sr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Учитавање анкете…',
  'poll.vote': 'Гласајте',
  'poll.submitting': 'Шаљемо Ваш глас…',
  'poll.change-vote': 'Промените глас',
  'poll.keep-vote': 'Задржите свој глас',
  'poll.hint-single': 'Изаберите једну опцију.',
  'poll.hint-multiple': {
    one: 'Изаберите највише {count} опцију.',
    few: 'Изаберите највише {count} опције.',
    other: 'Изаберите највише {count} опција.',
  },
  'poll.max-reached': {
    one: 'Изабрали сте највећи дозвољени број опција: {count}.',
    few: 'Изабрали сте највећи дозвољени број опција: {count}.',
    other: 'Изабрали сте највећи дозвољени број опција: {count}.',
  },
  'poll.need-choice': 'Изаберите опцију пре гласања.',
  'poll.voted': 'Хвала. Ваш глас је забележен.',
  'poll.vote-changed': 'Ваш глас је промењен.',
  'poll.you-voted': 'Гласали сте у овој анкети.',
  'poll.your-choice': '(✓ Ваш избор)',
  'poll.votes': { '=0': 'нема гласова', one: '{count} глас', few: '{count} гласа', other: '{count} гласова' },
  'poll.participants': {
    '=0': 'Још нико није гласао.',
    one: 'Гласала је {count} особа.',
    few: 'Гласале су {count} особе.',
    other: 'Гласало је {count} особа.',
  },
  'poll.closes': 'Анкета се затвара {relative} ({date}).',
  'poll.opens': 'Анкета почиње {relative} ({date}).',
  'poll.closed-on': 'Анкета је затворена: {date}.',
  'poll.closed': 'Анкета је затворена.',
  'poll.results': 'Резултати',
  'poll.results-after-vote': 'Резултати се приказују када гласате.',
  'poll.results-after-close': 'Резултати ће бити приказани када се анкета затвори.',
  'poll.results-never': 'Резултати ове анкете се не објављују.',
  'poll.error.already-done': 'Већ сте гласали у овој анкети.',
  'poll.error.closed': 'Гласање у овој анкети је завршено.',
};

export default messages;
