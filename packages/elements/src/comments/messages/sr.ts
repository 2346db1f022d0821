// српски (sr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Учитавање коментара…',
  'comments.count': { '=0': 'Још нема коментара', one: '{count} коментар', few: '{count} коментара', other: '{count} коментара' },
  'comments.sort': 'Редослед',
  'comments.sort.newest': 'Прво најновији',
  'comments.sort.oldest': 'Прво најстарији',
  'comments.sort.top': 'Највише подршке',
  'comments.empty': 'Још нема коментара. Напишите први коментар.',
  'comments.more': 'Прикажите још коментара',
  'comments.new': {
    one: '{count} нови коментар — прикажите',
    few: '{count} нова коментара — прикажите',
    other: '{count} нових коментара — прикажите',
  },
  'comments.closed': 'Ова дискусија је затворена. Коментаре можете да читате, али не и да додајете нове.',
  'comments.form.title': 'Додајте коментар',
  'comments.form.reply-title': 'Одговор кориснику {name}',
  'comments.form.name': 'Ваше име',
  'comments.form.name-hint': 'Оставите празно ако желите да коментаришете као „Аноним“. Име се приказује јавно.',
  'comments.form.body': 'Коментар',
  'comments.form.reply-body': 'Одговор',
  'comments.form.submit': 'Објавите коментар',
  'comments.form.submit-reply': 'Објавите одговор',
  'comments.form.submitting': 'Објављивање…',
  'comments.form.cancel': 'Откажите',
  'comments.form.required': 'Унесите коментар.',
  'comments.form.too-long': 'Коментар је предугачак. Највећи дозвољени број знакова: {max}.',
  'comments.posted': 'Ваш коментар је објављен.',
  'comments.posted-pending': 'Хвала. Ваш коментар ће бити приказан када га модератор одобри.',
  'comments.pending': 'Чека одобрење модератора',
  'comments.upvote': 'Подржите',
  'comments.upvote-label': {
    '=0': 'Подржите овај коментар (још нема подршке)',
    one: 'Подржите овај коментар (подржала га је {count} особа)',
    few: 'Подржите овај коментар (подржале су га {count} особе)',
    other: 'Подржите овај коментар (подржало га је {count} особа)',
  },
  'comments.reply': 'Одговорите',
  'comments.replies-show': {
    one: 'Прикажите {count} одговор',
    few: 'Прикажите {count} одговора',
    other: 'Прикажите {count} одговора',
  },
  'comments.replies-hide': {
    one: 'Сакријте {count} одговор',
    few: 'Сакријте {count} одговора',
    other: 'Сакријте {count} одговора',
  },
  'comments.report': 'Пријавите',
  'comments.delete': 'Избришите',
};

export default messages;
