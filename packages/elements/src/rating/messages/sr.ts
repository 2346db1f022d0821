// српски (sr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Учитавање…',
  'rating.stars': { one: '{count} звездица', few: '{count} звездице', other: '{count} звездица' },
  'rating.yes': 'Да',
  'rating.no': 'Не',
  'rating.csat.1': 'Веома незадовољан',
  'rating.csat.2': 'Незадовољан',
  'rating.csat.3': 'Ни задовољан ни незадовољан',
  'rating.csat.4': 'Задовољан',
  'rating.csat.5': 'Веома задовољан',
  'rating.send': 'Пошаљите оцену',
  'rating.sending': 'Слање…',
  'rating.choose': 'Прво изаберите оцену.',
  'rating.thanks': 'Хвала Вам на мишљењу.',
  'rating.follow-up': 'Реците нам више (необавезно)',
  'rating.reasons': 'На шта се то односило?',
  'rating.comment': 'Коментар',
  'rating.comment-hint': 'Не наводите личне податке, као што су име или адреса.',
  'rating.send-more': 'Пошаљите',
  'rating.skip': 'Прескочите',
  'rating.done': 'Хвала. Ваше мишљење нам помаже да побољшамо ову услугу.',
  'rating.yours': 'Ваша оцена: {score}.',
  'rating.change': 'Промените одговор',
  'rating.closed': 'Ова услуга тренутно не прима оцене.',
  'rating.average': '{average} од 5',
  'rating.yes-share': '{percent} људи сматра да је ово корисно',
  'rating.count': { '=0': 'Још нема оцена', one: '({count} оцена)', few: '({count} оцене)', other: '({count} оцена)' },
  'rating.details-show': 'Прикажите све оцене',
  'rating.details-hide': 'Сакријте све оцене',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
