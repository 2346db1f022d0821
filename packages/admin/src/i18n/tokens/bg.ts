import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Страницата „API токени“, на български. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API токени',
  'tokens.intro':
    'API токенът позволява на скрипт или друга система да използва административния API от Ваше име, за да автоматизира работа като нощен експорт на резултатите. Той може да прави това, което позволява Вашата роля ({role}).',
  'tokens.howTo': 'Скриптът изпраща токена в заглавката Authorization на всяка заявка:',
  'tokens.loading': 'Зареждане на токените Ви…',
  'tokens.loadError': 'Токените Ви не можаха да бъдат заредени: {detail}',
  'tokens.retry': 'Опитайте отново',
  'tokens.none': 'Нямате API токени.',
  'tokens.caption': { one: 'Вашият {count} токен', other: 'Вашите {count} токена' },
  'col.name': 'Име',
  'col.created': 'Създаден',
  'col.lastUsed': 'Последно използван',
  'col.status': 'Състояние',
  'col.actions': 'Действия',
  'tokens.never': 'Никога',
  'tokens.active': 'Активен',
  'tokens.revoked': 'Отменен',
  'tokens.revoke': 'Отмяна',
  'create.title': 'Създаване на токен',
  'create.name': 'Име',
  'create.nameHint': 'За какво служи, за да го разпознаете по-късно. Например: Нощен експорт на резултатите.',
  'create.submit': 'Създаване на токена',
  'create.working': 'Създаване на токена…',
  'create.errorTitle': 'Токенът не беше създаден',
  'create.nameRequired': 'Въведете име за токена',
  'created.title': 'Вашият нов токен',
  'created.status': 'Токенът „{name}“ е създаден.',
  'created.warning':
    'Копирайте го сега и го съхранете на сигурно място, например в мениджър на пароли или в тайните настройки на автоматизацията. Няма да бъде показан отново. Всеки, който го притежава, може да действа от Ваше име.',
  'created.label': 'API токен „{name}“',
  'created.done': 'Съхраних го',
  copy: 'Копиране на токена',
  copied: 'Токенът е копиран.',
  copyFailed: 'Токенът е маркиран: копирайте го с клавиатурата или от менюто.',
  'revoke.title': 'Да се отмени ли токенът „{name}“?',
  'revoke.body':
    'Скриптовете и системите, които го използват, спират да работят веднага. Това не може да бъде отменено, но можете да създадете нов токен.',
  'revoke.confirm': 'Да, отмяна',
  'revoke.done': 'Токенът „{name}“ е отменен.',
  'revoke.errorTitle': 'Токенът не беше отменен',
  cancel: 'Отказ',
  'role.admin': 'администратор',
  'role.editor': 'редактор',
  'role.moderator': 'модератор',
  'role.analyst': 'аналитик',
};

export default messages;
