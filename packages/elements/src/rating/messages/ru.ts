// русский (ru): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Загрузка…',
  'rating.stars': { one: '{count} звезда', few: '{count} звезды', many: '{count} звёзд', other: '{count} звезды' },
  'rating.yes': 'Да',
  'rating.no': 'Нет',
  'rating.csat.1': 'Совсем не устраивает',
  'rating.csat.2': 'Скорее не устраивает',
  'rating.csat.3': 'Нейтрально',
  'rating.csat.4': 'Скорее устраивает',
  'rating.csat.5': 'Полностью устраивает',
  'rating.send': 'Отправить оценку',
  'rating.sending': 'Отправка…',
  'rating.choose': 'Сначала выберите оценку.',
  'rating.thanks': 'Спасибо за ваш отзыв.',
  'rating.follow-up': 'Расскажите подробнее (необязательно)',
  'rating.reasons': 'С чем это связано?',
  'rating.comment': 'Комментарий',
  'rating.comment-hint': 'Не указывайте личные данные, например имя или адрес.',
  'rating.send-more': 'Отправить',
  'rating.skip': 'Пропустить',
  'rating.done': 'Спасибо. Ваш отзыв помогает нам улучшать этот сервис.',
  'rating.yours': 'Ваша оценка: {score}.',
  'rating.change': 'Изменить ответ',
  'rating.closed': 'Сейчас этот сервис не принимает оценки.',
  'rating.average': '{average} из 5',
  'rating.yes-share': '{percent} пользователей сочли это полезным',
  'rating.count': {
    '=0': 'Оценок пока нет',
    one: '({count} оценка)',
    few: '({count} оценки)',
    many: '({count} оценок)',
    other: '({count} оценки)',
  },
  'rating.details-show': 'Показать все оценки',
  'rating.details-hide': 'Скрыть все оценки',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
