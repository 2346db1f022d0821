// русский (ru): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Загрузка опроса…',
  'poll.vote': 'Проголосовать',
  'poll.submitting': 'Отправляем ваш голос…',
  'poll.change-vote': 'Изменить голос',
  'poll.keep-vote': 'Оставить мой голос',
  'poll.hint-single': 'Выберите один вариант.',
  'poll.hint-multiple': {
    one: 'Выберите не более {count} варианта.',
    few: 'Выберите не более {count} вариантов.',
    many: 'Выберите не более {count} вариантов.',
    other: 'Выберите не более {count} варианта.',
  },
  'poll.max-reached': {
    one: 'Выбрано максимальное число вариантов: {count}.',
    few: 'Выбрано максимальное число вариантов: {count}.',
    many: 'Выбрано максимальное число вариантов: {count}.',
    other: 'Выбрано максимальное число вариантов: {count}.',
  },
  'poll.need-choice': 'Выберите вариант, прежде чем голосовать.',
  'poll.voted': 'Спасибо. Ваш голос учтён.',
  'poll.vote-changed': 'Ваш голос изменён.',
  'poll.you-voted': 'Вы проголосовали в этом опросе.',
  'poll.your-choice': '(✓ ваш выбор)',
  'poll.votes': {
    '=0': 'нет голосов',
    one: '{count} голос',
    few: '{count} голоса',
    many: '{count} голосов',
    other: '{count} голоса',
  },
  'poll.participants': {
    '=0': 'Пока никто не проголосовал.',
    one: 'Проголосовал {count} человек.',
    few: 'Проголосовали {count} человека.',
    many: 'Проголосовали {count} человек.',
    other: 'Проголосовали {count} человека.',
  },
  'poll.closes': 'Опрос закроется {relative} ({date}).',
  'poll.opens': 'Опрос откроется {relative} ({date}).',
  'poll.closed-on': 'Опрос завершён {date}.',
  'poll.closed': 'Опрос завершён.',
  'poll.results': 'Результаты',
  'poll.results-after-vote': 'Результаты будут показаны после того, как вы проголосуете.',
  'poll.results-after-close': 'Результаты будут показаны после завершения опроса.',
  'poll.results-never': 'Результаты этого опроса не публикуются.',
  'poll.error.already-done': 'Вы уже проголосовали в этом опросе.',
  'poll.error.closed': 'Голосование в этом опросе завершено.',
};

export default messages;
