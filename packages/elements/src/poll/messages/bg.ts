// български (bg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Зареждане на анкетата…',
  'poll.vote': 'Гласуване',
  'poll.submitting': 'Изпращане на гласа Ви…',
  'poll.change-vote': 'Промяна на гласа',
  'poll.keep-vote': 'Запазване на гласа ми',
  'poll.hint-single': 'Изберете един вариант.',
  'poll.hint-multiple': { one: 'Изберете един вариант.', other: 'Изберете до {count} варианта.' },
  'poll.max-reached': {
    one: 'Избрали сте максималния брой варианти: {count}.',
    other: 'Избрали сте максималния брой варианти: {count}.',
  },
  'poll.need-choice': 'Изберете вариант, преди да гласувате.',
  'poll.voted': 'Благодарим Ви. Гласът Ви е отчетен.',
  'poll.vote-changed': 'Гласът Ви е променен.',
  'poll.you-voted': 'Гласували сте в тази анкета.',
  'poll.your-choice': '(✓ Вашият избор)',
  'poll.votes': { '=0': 'няма гласове', one: '{count} глас', other: '{count} гласа' },
  'poll.participants': {
    '=0': 'Все още никой не е гласувал.',
    one: '{count} човек е гласувал.',
    other: '{count} души са гласували.',
  },
  'poll.closes': 'Анкетата приключва {relative} ({date}).',
  'poll.opens': 'Анкетата започва {relative} ({date}).',
  'poll.closed-on': 'Анкетата приключи на {date}.',
  'poll.closed': 'Анкетата е приключила.',
  'poll.results': 'Резултати',
  'poll.results-after-vote': 'Резултатите се показват, след като гласувате.',
  'poll.results-after-close': 'Резултатите ще бъдат показани, когато анкетата приключи.',
  'poll.results-never': 'Резултатите от тази анкета не се публикуват.',
  'poll.error.already-done': 'Вече сте гласували в тази анкета.',
  'poll.error.closed': 'Гласуването в тази анкета е приключило.',
};

export default messages;
