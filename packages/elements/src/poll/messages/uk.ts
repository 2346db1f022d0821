// українська (uk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Завантаження опитування…',
  'poll.vote': 'Проголосувати',
  'poll.submitting': 'Надсилаємо ваш голос…',
  'poll.change-vote': 'Змінити голос',
  'poll.keep-vote': 'Залишити мій голос',
  'poll.hint-single': 'Виберіть один варіант.',
  'poll.hint-multiple': {
    one: 'Виберіть не більше ніж {count} варіант.',
    few: 'Виберіть не більше ніж {count} варіанти.',
    many: 'Виберіть не більше ніж {count} варіантів.',
    other: 'Виберіть не більше ніж {count} варіанта.',
  },
  'poll.max-reached': {
    one: 'Вибрано максимальну кількість варіантів: {count}.',
    few: 'Вибрано максимальну кількість варіантів: {count}.',
    many: 'Вибрано максимальну кількість варіантів: {count}.',
    other: 'Вибрано максимальну кількість варіантів: {count}.',
  },
  'poll.need-choice': 'Виберіть варіант, перш ніж голосувати.',
  'poll.voted': 'Дякуємо. Ваш голос враховано.',
  'poll.vote-changed': 'Ваш голос змінено.',
  'poll.you-voted': 'Ви проголосували в цьому опитуванні.',
  'poll.your-choice': '(✓ ваш вибір)',
  'poll.votes': {
    '=0': 'немає голосів',
    one: '{count} голос',
    few: '{count} голоси',
    many: '{count} голосів',
    other: '{count} голосу',
  },
  'poll.participants': {
    '=0': 'Ще ніхто не проголосував.',
    one: 'Проголосувала {count} людина.',
    few: 'Проголосували {count} людини.',
    many: 'Проголосували {count} людей.',
    other: 'Проголосувало {count} людини.',
  },
  'poll.closes': 'Опитування завершиться {relative} ({date}).',
  'poll.opens': 'Опитування розпочнеться {relative} ({date}).',
  'poll.closed-on': 'Опитування завершилося {date}.',
  'poll.closed': 'Опитування завершено.',
  'poll.results': 'Результати',
  'poll.results-after-vote': 'Результати буде показано після того, як ви проголосуєте.',
  'poll.results-after-close': 'Результати буде показано після завершення опитування.',
  'poll.results-never': 'Результати цього опитування не оприлюднюються.',
  'poll.error.already-done': 'Ви вже проголосували в цьому опитуванні.',
  'poll.error.closed': 'Голосування в цьому опитуванні завершено.',
};

export default messages;
