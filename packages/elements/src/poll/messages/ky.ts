// кыргызча (ky): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Сурамжылоо жүктөлүүдө…',
  'poll.vote': 'Добуш берүү',
  'poll.submitting': 'Добушуңуз жөнөтүлүүдө…',
  'poll.change-vote': 'Добушту өзгөртүү',
  'poll.keep-vote': 'Добушумду сактоо',
  'poll.hint-single': 'Бир вариантты тандаңыз.',
  'poll.hint-multiple': { one: '1 вариантты тандаңыз.', other: 'Эң көп дегенде {count} вариантты тандаңыз.' },
  'poll.max-reached': {
    one: 'Сиз уруксат берилген эң көп вариантты тандадыңыз: 1.',
    other: 'Сиз уруксат берилген эң көп вариантты тандадыңыз: {count}.',
  },
  'poll.need-choice': 'Добуш берүүдөн мурун вариантты тандаңыз.',
  'poll.voted': 'Рахмат. Добушуңуз эсепке алынды.',
  'poll.vote-changed': 'Добушуңуз өзгөртүлдү.',
  'poll.you-voted': 'Сиз бул сурамжылоодо добуш бердиңиз.',
  'poll.your-choice': '(✓ сиздин тандооңуз)',
  'poll.votes': { '=0': 'добуш жок', one: '{count} добуш', other: '{count} добуш' },
  'poll.participants': {
    '=0': 'Азырынча эч ким добуш берген жок.',
    one: '{count} адам добуш берди.',
    other: '{count} адам добуш берди.',
  },
  'poll.closes': 'Сурамжылоо {relative} жабылат ({date}).',
  'poll.opens': 'Бул сурамжылоо {relative} ачылат ({date}).',
  'poll.closed-on': 'Бул сурамжылоо жабылган күн: {date}.',
  'poll.closed': 'Бул сурамжылоо жабык.',
  'poll.results': 'Жыйынтыктар',
  'poll.results-after-vote': 'Жыйынтыктар добуш бергенден кийин көрсөтүлөт.',
  'poll.results-after-close': 'Жыйынтыктар сурамжылоо жабылганда көрсөтүлөт.',
  'poll.results-never': 'Бул сурамжылоонун жыйынтыктары жарыяланбайт.',
  'poll.error.already-done': 'Сиз бул сурамжылоодо добуш берип койгонсуз.',
  'poll.error.closed': 'Бул сурамжылоодо эми добуш берүүгө болбойт.',
};

export default messages;
