// русский (ru): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Загрузка комментариев…',
  'comments.count': {
    '=0': 'Комментариев пока нет',
    one: '{count} комментарий',
    few: '{count} комментария',
    many: '{count} комментариев',
    other: '{count} комментария',
  },
  'comments.sort': 'Сортировка',
  'comments.sort.newest': 'Сначала новые',
  'comments.sort.oldest': 'Сначала старые',
  'comments.sort.top': 'С наибольшей поддержкой',
  'comments.empty': 'Комментариев пока нет. Оставьте первый комментарий.',
  'comments.more': 'Показать ещё комментарии',
  'comments.new': {
    one: '{count} новый комментарий — показать',
    few: '{count} новых комментария — показать',
    many: '{count} новых комментариев — показать',
    other: '{count} нового комментария — показать',
  },
  'comments.closed': 'Обсуждение закрыто. Вы можете читать комментарии, но не можете добавлять новые.',
  'comments.form.title': 'Добавить комментарий',
  'comments.form.reply-title': 'Ответ пользователю {name}',
  'comments.form.name': 'Ваше имя',
  'comments.form.name-hint': 'Оставьте поле пустым, чтобы комментировать как «Аноним». Имя будет видно всем.',
  'comments.form.body': 'Комментарий',
  'comments.form.reply-body': 'Ответ',
  'comments.form.submit': 'Опубликовать комментарий',
  'comments.form.submit-reply': 'Опубликовать ответ',
  'comments.form.submitting': 'Публикация…',
  'comments.form.cancel': 'Отмена',
  'comments.form.required': 'Введите комментарий.',
  'comments.form.too-long': 'Комментарий слишком длинный. Максимальное число символов: {max}.',
  'comments.posted': 'Ваш комментарий опубликован.',
  'comments.posted-pending': 'Спасибо. Ваш комментарий появится после проверки модератором.',
  'comments.pending': 'Ожидает модерации',
  'comments.upvote': 'Поддержать',
  'comments.upvote-label': {
    '=0': 'Поддержать этот комментарий (пока никто не поддержал)',
    one: 'Поддержать этот комментарий (поддержал {count} человек)',
    few: 'Поддержать этот комментарий (поддержали {count} человека)',
    many: 'Поддержать этот комментарий (поддержали {count} человек)',
    other: 'Поддержать этот комментарий (поддержали {count} человека)',
  },
  'comments.reply': 'Ответить',
  'comments.replies-show': {
    one: 'Показать {count} ответ',
    few: 'Показать {count} ответа',
    many: 'Показать {count} ответов',
    other: 'Показать {count} ответа',
  },
  'comments.replies-hide': {
    one: 'Скрыть {count} ответ',
    few: 'Скрыть {count} ответа',
    many: 'Скрыть {count} ответов',
    other: 'Скрыть {count} ответа',
  },
  'comments.report': 'Пожаловаться',
  'comments.delete': 'Удалить',
};

export default messages;
