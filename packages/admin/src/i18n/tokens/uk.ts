import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Сторінка токенів API українською мовою. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Токени API',
  'tokens.intro':
    'Токен API дає змогу скрипту або іншій системі використовувати API адміністрування від вашого імені, щоб автоматизувати роботу, наприклад щонічний експорт результатів. Він може робити те, що дозволяє ваша роль ({role}).',
  'tokens.howTo': 'Скрипт надсилає токен у заголовку Authorization кожного запиту:',
  'tokens.loading': 'Завантаження ваших токенів…',
  'tokens.loadError': 'Не вдалося завантажити ваші токени: {detail}',
  'tokens.retry': 'Спробувати ще раз',
  'tokens.none': 'У вас немає токенів API.',
  'tokens.caption': {
    one: 'Ваші токени ({count})',
    few: 'Ваші токени ({count})',
    many: 'Ваші токени ({count})',
    other: 'Ваші токени ({count})',
  },
  'col.name': 'Назва',
  'col.created': 'Створено',
  'col.lastUsed': 'Востаннє використано',
  'col.status': 'Статус',
  'col.actions': 'Дії',
  'tokens.never': 'Ніколи',
  'tokens.active': 'Активний',
  'tokens.revoked': 'Відкликано',
  'tokens.revoke': 'Відкликати',
  'create.title': 'Створити токен',
  'create.name': 'Назва',
  'create.nameHint': 'Для чого він потрібен, щоб ви могли згодом його впізнати. Наприклад: Щонічний експорт результатів.',
  'create.submit': 'Створити токен',
  'create.working': 'Створення токена…',
  'create.errorTitle': 'Токен не створено',
  'create.nameRequired': 'Введіть назву токена',
  'created.title': 'Ваш новий токен',
  'created.status': 'Токен «{name}» створено.',
  'created.warning':
    'Скопіюйте його зараз і збережіть у безпечному місці, наприклад у менеджері паролів або в секретних налаштуваннях вашої автоматизації. Його більше не буде показано. Будь-хто, хто його має, може діяти від вашого імені.',
  'created.label': 'Токен API «{name}»',
  'created.done': 'Я його зберіг(ла)',
  copy: 'Копіювати токен',
  copied: 'Токен скопійовано.',
  copyFailed: 'Токен виділено: скопіюйте його за допомогою клавіатури або меню.',
  'revoke.title': 'Відкликати токен «{name}»?',
  'revoke.body':
    'Скрипти й системи, які його використовують, одразу перестануть працювати. Цю дію не можна скасувати, але ви можете створити новий токен.',
  'revoke.confirm': 'Так, відкликати',
  'revoke.done': 'Токен «{name}» відкликано.',
  'revoke.errorTitle': 'Токен не відкликано',
  cancel: 'Скасувати',
  'role.admin': 'адміністратор',
  'role.editor': 'редактор',
  'role.moderator': 'модератор',
  'role.analyst': 'аналітик',
};

export default messages;
