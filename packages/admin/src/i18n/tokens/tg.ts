import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Саҳифаи токенҳои API, бо забони тоҷикӣ. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Токенҳои API',
  'tokens.intro':
    'Токени API ба скрипт ё системаи дигар имкон медиҳад, ки аз номи шумо API-и идоракуниро истифода барад, то корҳоеро ба монанди содироти шабонаи натиҷаҳо худкор гардонад. Он метавонад он чиро иҷро кунад, ки нақши шумо иҷозат медиҳад ({role}).',
  'tokens.howTo': 'Скрипт токенро дар сарлавҳаи Authorization-и ҳар як дархост мефиристад:',
  'tokens.loading': 'Токенҳои шумо бор шуда истодаанд…',
  'tokens.loadError': 'Токенҳои шуморо бор кардан муяссар нашуд: {detail}',
  'tokens.retry': 'Аз нав кӯшиш кардан',
  'tokens.none': 'Шумо токени API надоред.',
  'tokens.caption': { one: 'Токени шумо ({count})', other: 'Токенҳои шумо ({count})' },
  'col.name': 'Ном',
  'col.created': 'Санаи сохтан',
  'col.lastUsed': 'Охирин истифода',
  'col.status': 'Ҳолат',
  'col.actions': 'Амалҳо',
  'tokens.never': 'Ҳеҷ гоҳ',
  'tokens.active': 'Фаъол',
  'tokens.revoked': 'Бозхондашуда',
  'tokens.revoke': 'Бозхондан',
  'create.title': 'Сохтани токен',
  'create.name': 'Ном',
  'create.nameHint': 'Барои чӣ будани онро нависед, то баъдтар онро шиносед. Масалан: Содироти шабонаи натиҷаҳо.',
  'create.submit': 'Сохтани токен',
  'create.working': 'Токен сохта шуда истодааст…',
  'create.errorTitle': 'Токен сохта нашуд',
  'create.nameRequired': 'Номи токенро ворид кунед',
  'created.title': 'Токени нави шумо',
  'created.status': 'Токени «{name}» сохта шуд.',
  'created.warning':
    'Онро ҳозир нусхабардорӣ кунед ва дар ҷои бехатар нигоҳ доред, масалан, дар мудири паролҳо ё дар танзимоти махфии системаи худкоркунии худ. Он дигар нишон дода намешавад. Ҳар касе, ки онро дорад, метавонад аз номи шумо амал кунад.',
  'created.label': 'Токени API «{name}»',
  'created.done': 'Ман онро нигоҳ доштам',
  copy: 'Нусхабардории токен',
  copied: 'Токен нусхабардорӣ шуд.',
  copyFailed: 'Токен интихоб шудааст: онро бо клавиатура ё меню нусхабардорӣ кунед.',
  'revoke.title': 'Токени «{name}» бозхонда шавад?',
  'revoke.body':
    'Скриптҳо ва системаҳое, ки онро истифода мебаранд, фавран аз кор мемонанд. Инро баргардонидан мумкин нест, аммо шумо метавонед токени нав созед.',
  'revoke.confirm': 'Ҳа, бозхондан',
  'revoke.done': 'Токени «{name}» бозхонда шуд.',
  'revoke.errorTitle': 'Токен бозхонда нашуд',
  cancel: 'Бекор кардан',
  'role.admin': 'маъмур',
  'role.editor': 'муҳаррир',
  'role.moderator': 'модератор',
  'role.analyst': 'таҳлилгар',
};

export default messages;
