// українська (uk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Завантаження…',
  'rating.stars': { one: '{count} зірка', few: '{count} зірки', many: '{count} зірок', other: '{count} зірки' },
  'rating.yes': 'Так',
  'rating.no': 'Ні',
  'rating.csat.1': 'Зовсім не влаштовує',
  'rating.csat.2': 'Скоріше не влаштовує',
  'rating.csat.3': 'Нейтрально',
  'rating.csat.4': 'Скоріше влаштовує',
  'rating.csat.5': 'Повністю влаштовує',
  'rating.send': 'Надіслати оцінку',
  'rating.sending': 'Надсилання…',
  'rating.choose': 'Спочатку виберіть оцінку.',
  'rating.thanks': 'Дякуємо за ваш відгук.',
  'rating.follow-up': 'Розкажіть докладніше (необов’язково)',
  'rating.reasons': 'Із чим це пов’язано?',
  'rating.comment': 'Коментар',
  'rating.comment-hint': 'Не вказуйте особисті дані, наприклад ім’я чи адресу.',
  'rating.send-more': 'Надіслати',
  'rating.skip': 'Пропустити',
  'rating.done': 'Дякуємо. Ваш відгук допомагає нам покращувати цей сервіс.',
  'rating.yours': 'Ваша оцінка: {score}.',
  'rating.change': 'Змінити відповідь',
  'rating.closed': 'Зараз цей сервіс не приймає оцінок.',
  'rating.average': '{average} з 5',
  'rating.yes-share': '{percent} користувачів вважають це корисним',
  'rating.count': {
    '=0': 'Оцінок ще немає',
    one: '({count} оцінка)',
    few: '({count} оцінки)',
    many: '({count} оцінок)',
    other: '({count} оцінки)',
  },
  'rating.details-show': 'Показати всі оцінки',
  'rating.details-hide': 'Приховати всі оцінки',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
