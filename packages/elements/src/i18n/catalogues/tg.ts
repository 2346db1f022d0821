// тоҷикӣ (tg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Бор шуда истодааст…',
  'common.retry': 'Аз нав кӯшиш кардан',
  'common.anonymous': 'Беном',
  'common.honeypot': 'Ин майдонро холӣ гузоред',
  'common.optional': '(ихтиёрӣ)',
  'common.characters-left': { one: 'Боз {count} аломат навишта метавонед', other: 'Боз {count} аломат навишта метавонед' },
  'common.characters-over': { one: '{count} аломат зиёд аст', other: '{count} аломат зиёд аст' },
  'error.offline': 'Чунин менамояд, ки шумо ба интернет пайваст нестед. Пайвастро санҷед.',
  'error.network': 'Айни замон ба хизматрасонӣ пайваст шудан имкон надорад. Мушкил аз ҷониби шумо нест.',
  'error.timeout': 'Хизматрасонӣ барои ҷавоб додан хеле вақт сарф мекунад. Шояд он банд бошад.',
  'error.not-found': 'Ин мавод ёфт нашуд. Шояд он нест карда шуда бошад.',
  'error.invalid-input': 'Баъзе маълумот нодуруст аст. Онро санҷида, аз нав кӯшиш кунед.',
  'error.already-done': 'Шумо ин амалро аллакай анҷом додаед.',
  'error.closed': 'Ин баста шудааст.',
  'error.rate-limited': 'Кӯшишҳо хеле зиёданд. Каме сабр карда, аз нав кӯшиш кунед.',
  'error.unauthorised': 'Ин сомона барои истифодаи ин хизматрасонӣ иҷозат надорад.',
  'error.server': 'Хатогӣ аз ҷониби мо рух дод, на аз ҷониби шумо.',
  'error.no-backend': 'Қисми серверӣ танзим нашудааст: ин виҷет ба нуқтаи ниҳоӣ (endpoint) ниёз дорад.',
  'error.retrying': 'Вақте ки пайваст ё хизматрасонӣ барқарор шавад, ин худ ба худ бор мешавад.',
  'error.kept': 'Маълумоте, ки ворид кардед, нигоҳ дошта шуд: пас аз чанде аз нав кӯшиш кунед.',
  'error.unknown': 'Хатогӣ рух дод. Аз нав кӯшиш кунед.',
  'time.relative-past': 'камтар аз як дақиқа пеш',
};

export default messages;
