import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Страница API токена, на српском језику. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API токени',
  'tokens.intro':
    'API токен омогућава скрипти или другом систему да у Ваше име користи административни API, ради аутоматизације послова као што је ноћни извоз резултата. Може да ради оно што Ваша улога дозвољава ({role}).',
  'tokens.howTo': 'Скрипта шаље токен у заглављу Authorization сваког захтева:',
  'tokens.loading': 'Учитавање Ваших токена…',
  'tokens.loadError': 'Ваши токени не могу да се учитају: {detail}',
  'tokens.retry': 'Покушајте поново',
  'tokens.none': 'Немате API токене.',
  'tokens.caption': { one: 'Ваши токени ({count})', few: 'Ваши токени ({count})', other: 'Ваши токени ({count})' },
  'col.name': 'Назив',
  'col.created': 'Направљен',
  'col.lastUsed': 'Последња употреба',
  'col.status': 'Статус',
  'col.actions': 'Радње',
  'tokens.never': 'Никада',
  'tokens.active': 'Активан',
  'tokens.revoked': 'Опозван',
  'tokens.revoke': 'Опозовите',
  'create.title': 'Направите токен',
  'create.name': 'Назив',
  'create.nameHint': 'Чему служи, да бисте га касније препознали. На пример: Ноћни извоз резултата.',
  'create.submit': 'Направите токен',
  'create.working': 'Прављење токена…',
  'create.errorTitle': 'Токен није направљен',
  'create.nameRequired': 'Унесите назив токена',
  'created.title': 'Ваш нови токен',
  'created.status': 'Токен „{name}“ је направљен.',
  'created.warning':
    'Копирајте га сада и чувајте на безбедном месту, на пример у менаџеру лозинки или у тајним подешавањима Ваше аутоматизације. Више неће бити приказан. Свако ко га има може да делује у Ваше име.',
  'created.label': 'API токен „{name}“',
  'created.done': 'Готово, токен је сачуван',
  copy: 'Копирајте токен',
  copied: 'Токен је копиран.',
  copyFailed: 'Токен је изабран: копирајте га помоћу тастатуре или менија.',
  'revoke.title': 'Опозвати токен „{name}“?',
  'revoke.body':
    'Скрипте и системи који га користе одмах престају да раде. Ово не може да се поништи, али можете да направите нови токен.',
  'revoke.confirm': 'Да, опозовите',
  'revoke.done': 'Токен „{name}“ је опозван.',
  'revoke.errorTitle': 'Токен није опозван',
  cancel: 'Откажите',
  'role.admin': 'администратор',
  'role.editor': 'уредник',
  'role.moderator': 'модератор',
  'role.analyst': 'аналитичар',
};

export default messages;
