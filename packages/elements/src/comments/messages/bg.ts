// български (bg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Зареждане на коментарите…',
  'comments.count': { '=0': 'Все още няма коментари', one: '{count} коментар', other: '{count} коментара' },
  'comments.sort': 'Подреждане',
  'comments.sort.newest': 'Първо най-новите',
  'comments.sort.oldest': 'Първо най-старите',
  'comments.sort.top': 'Най-подкрепяните',
  'comments.empty': 'Все още няма коментари. Напишете първия коментар.',
  'comments.more': 'Показване на още коментари',
  'comments.new': { one: '{count} нов коментар — показване', other: '{count} нови коментара — показване' },
  'comments.closed': 'Тази дискусия е затворена. Можете да четете коментарите, но не и да добавяте нови.',
  'comments.form.title': 'Добавяне на коментар',
  'comments.form.reply-title': 'Отговор на {name}',
  'comments.form.name': 'Вашето име',
  'comments.form.name-hint': 'Оставете празно, за да коментирате като „Анонимен“. Името се показва публично.',
  'comments.form.body': 'Коментар',
  'comments.form.reply-body': 'Отговор',
  'comments.form.submit': 'Публикуване на коментара',
  'comments.form.submit-reply': 'Публикуване на отговора',
  'comments.form.submitting': 'Публикуване…',
  'comments.form.cancel': 'Отказ',
  'comments.form.required': 'Въведете коментар.',
  'comments.form.too-long': 'Коментарът е твърде дълъг. Максимален брой символи: {max}.',
  'comments.posted': 'Коментарът Ви е публикуван.',
  'comments.posted-pending': 'Благодарим Ви. Коментарът Ви ще се появи, след като бъде одобрен от модератор.',
  'comments.pending': 'Очаква модериране',
  'comments.upvote': 'Подкрепям',
  'comments.upvote-label': {
    '=0': 'Подкрепете този коментар (все още никой не го подкрепя)',
    one: 'Подкрепете този коментар ({count} човек го подкрепя)',
    other: 'Подкрепете този коментар ({count} души го подкрепят)',
  },
  'comments.reply': 'Отговор',
  'comments.replies-show': { one: 'Показване на {count} отговор', other: 'Показване на {count} отговора' },
  'comments.replies-hide': { one: 'Скриване на {count} отговор', other: 'Скриване на {count} отговора' },
  'comments.report': 'Сигнализиране',
  'comments.delete': 'Изтриване',
};

export default messages;
