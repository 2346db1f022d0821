// українська (uk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Завантаження…',
  'common.retry': 'Спробувати ще раз',
  'common.anonymous': 'Анонім',
  'common.honeypot': 'Залиште це поле порожнім',
  'common.optional': '(необов’язково)',
  'common.characters-left': {
    one: 'Залишився {count} символ',
    few: 'Залишилося {count} символи',
    many: 'Залишилося {count} символів',
    other: 'Залишилося {count} символу',
  },
  'common.characters-over': {
    one: 'На {count} символ більше, ніж дозволено',
    few: 'На {count} символи більше, ніж дозволено',
    many: 'На {count} символів більше, ніж дозволено',
    other: 'На {count} символу більше, ніж дозволено',
  },
  'error.offline': 'Схоже, немає з’єднання з інтернетом. Перевірте підключення.',
  'error.network': 'Зараз не вдається зв’язатися із сервісом. Проблема не на вашому боці.',
  'error.timeout': 'Сервіс занадто довго не відповідає. Можливо, він перевантажений.',
  'error.not-found': 'Цей вміст не знайдено. Можливо, його видалили.',
  'error.invalid-input': 'Деякі дані некоректні. Перевірте їх і спробуйте ще раз.',
  'error.already-done': 'Ви вже це зробили.',
  'error.closed': 'Це вже закрито.',
  'error.rate-limited': 'Забагато спроб. Зачекайте трохи й спробуйте ще раз.',
  'error.unauthorised': 'Цьому сайту не дозволено використовувати цей сервіс.',
  'error.server': 'Щось пішло не так на нашому боці, а не на вашому.',
  'error.no-backend': 'Сервер не налаштовано: цьому віджету потрібна адреса сервісу (endpoint).',
  'error.retrying': 'Вміст завантажиться автоматично, щойно відновиться з’єднання або робота сервісу.',
  'error.kept': 'Введені дані збережено: спробуйте ще раз трохи згодом.',
  'error.unknown': 'Щось пішло не так. Спробуйте ще раз.',
  'time.relative-past': 'менше хвилини тому',
};

export default messages;
