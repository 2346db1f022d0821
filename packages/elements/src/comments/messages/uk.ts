// українська (uk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Завантаження коментарів…',
  'comments.count': {
    '=0': 'Коментарів ще немає',
    one: '{count} коментар',
    few: '{count} коментарі',
    many: '{count} коментарів',
    other: '{count} коментаря',
  },
  'comments.sort': 'Сортування',
  'comments.sort.newest': 'Спочатку нові',
  'comments.sort.oldest': 'Спочатку старі',
  'comments.sort.top': 'З найбільшою підтримкою',
  'comments.empty': 'Коментарів ще немає. Залиште перший коментар.',
  'comments.more': 'Показати ще коментарі',
  'comments.new': {
    one: '{count} новий коментар — показати',
    few: '{count} нові коментарі — показати',
    many: '{count} нових коментарів — показати',
    other: '{count} нового коментаря — показати',
  },
  'comments.closed': 'Обговорення закрито. Ви можете читати коментарі, але не можете додавати нові.',
  'comments.form.title': 'Додати коментар',
  'comments.form.reply-title': 'Відповідь користувачеві {name}',
  'comments.form.name': 'Ваше ім’я',
  'comments.form.name-hint': 'Залиште поле порожнім, щоб коментувати як «Анонім». Ім’я буде видно всім.',
  'comments.form.body': 'Коментар',
  'comments.form.reply-body': 'Відповідь',
  'comments.form.submit': 'Опублікувати коментар',
  'comments.form.submit-reply': 'Опублікувати відповідь',
  'comments.form.submitting': 'Публікація…',
  'comments.form.cancel': 'Скасувати',
  'comments.form.required': 'Введіть коментар.',
  'comments.form.too-long': 'Коментар задовгий. Максимальна кількість символів: {max}.',
  'comments.posted': 'Ваш коментар опубліковано.',
  'comments.posted-pending': 'Дякуємо. Ваш коментар з’явиться після перевірки модератором.',
  'comments.pending': 'Очікує на модерацію',
  'comments.upvote': 'Підтримати',
  'comments.upvote-label': {
    '=0': 'Підтримати цей коментар (ще ніхто не підтримав)',
    one: 'Підтримати цей коментар (підтримала {count} людина)',
    few: 'Підтримати цей коментар (підтримали {count} людини)',
    many: 'Підтримати цей коментар (підтримали {count} людей)',
    other: 'Підтримати цей коментар (підтримало {count} людини)',
  },
  'comments.reply': 'Відповісти',
  'comments.replies-show': {
    one: 'Показати {count} відповідь',
    few: 'Показати {count} відповіді',
    many: 'Показати {count} відповідей',
    other: 'Показати {count} відповіді',
  },
  'comments.replies-hide': {
    one: 'Приховати {count} відповідь',
    few: 'Приховати {count} відповіді',
    many: 'Приховати {count} відповідей',
    other: 'Приховати {count} відповіді',
  },
  'comments.report': 'Поскаржитися',
  'comments.delete': 'Видалити',
};

export default messages;
