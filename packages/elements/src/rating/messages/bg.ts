// български (bg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Зареждане…',
  'rating.stars': { one: '{count} звезда', other: '{count} звезди' },
  'rating.yes': 'Да',
  'rating.no': 'Не',
  'rating.csat.1': 'Много недоволен',
  'rating.csat.2': 'Недоволен',
  'rating.csat.3': 'Нито доволен, нито недоволен',
  'rating.csat.4': 'Доволен',
  'rating.csat.5': 'Много доволен',
  'rating.send': 'Изпращане на оценката',
  'rating.sending': 'Изпращане…',
  'rating.choose': 'Първо изберете оценка.',
  'rating.thanks': 'Благодарим Ви за обратната връзка.',
  'rating.follow-up': 'Разкажете ни повече (незадължително)',
  'rating.reasons': 'С какво е свързано това?',
  'rating.comment': 'Коментар',
  'rating.comment-hint': 'Не посочвайте лични данни, като име или адрес.',
  'rating.send-more': 'Изпращане',
  'rating.skip': 'Пропускане',
  'rating.done': 'Благодарим Ви. Обратната Ви връзка ни помага да подобряваме тази услуга.',
  'rating.yours': 'Вашата оценка: {score}.',
  'rating.change': 'Промяна на отговора',
  'rating.closed': 'В момента тази услуга не приема оценки.',
  'rating.average': '{average} от 5',
  'rating.yes-share': '{percent} от хората намират това за полезно',
  'rating.count': { '=0': 'Все още няма оценки', one: '({count} оценка)', other: '({count} оценки)' },
  'rating.details-show': 'Показване на всички оценки',
  'rating.details-hide': 'Скриване на всички оценки',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
