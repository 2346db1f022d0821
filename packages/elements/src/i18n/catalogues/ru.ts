// русский (ru): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Загрузка…',
  'common.retry': 'Повторить',
  'common.anonymous': 'Аноним',
  'common.honeypot': 'Оставьте это поле пустым',
  'common.optional': '(необязательно)',
  'common.characters-left': {
    one: 'Остался {count} символ',
    few: 'Осталось {count} символа',
    many: 'Осталось {count} символов',
    other: 'Осталось {count} символа',
  },
  'common.characters-over': {
    one: 'На {count} символ больше допустимого',
    few: 'На {count} символа больше допустимого',
    many: 'На {count} символов больше допустимого',
    other: 'На {count} символа больше допустимого',
  },
  'error.offline': 'Похоже, нет подключения к интернету. Проверьте соединение.',
  'error.network': 'Сейчас не удаётся связаться с сервисом. Проблема не на вашей стороне.',
  'error.timeout': 'Сервис слишком долго не отвечает. Возможно, он перегружен.',
  'error.not-found': 'Этот материал не найден. Возможно, он был удалён.',
  'error.invalid-input': 'Часть данных указана неверно. Проверьте их и попробуйте ещё раз.',
  'error.already-done': 'Вы уже это сделали.',
  'error.closed': 'Это уже закрыто.',
  'error.rate-limited': 'Слишком много попыток. Подождите немного и попробуйте ещё раз.',
  'error.unauthorised': 'Этому сайту не разрешено использовать этот сервис.',
  'error.server': 'Что-то пошло не так на нашей стороне, а не на вашей.',
  'error.no-backend': 'Сервер не настроен: этому виджету нужен адрес сервиса (endpoint).',
  'error.retrying': 'Содержимое загрузится само, как только восстановится соединение или работа сервиса.',
  'error.kept': 'Введённые данные сохранены: попробуйте ещё раз чуть позже.',
  'error.unknown': 'Что-то пошло не так. Попробуйте ещё раз.',
  'time.relative-past': 'меньше минуты назад',
};

export default messages;
