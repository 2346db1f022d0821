import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Страница токенов API на русском языке. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Токены API',
  'tokens.intro':
    'Токен API позволяет скрипту или другой системе использовать API администрирования от вашего имени, чтобы автоматизировать задачи, например ночную выгрузку результатов. Токену доступно всё, что разрешает ваша роль ({role}).',
  'tokens.howTo': 'Скрипт передаёт токен в заголовке Authorization каждого запроса:',
  'tokens.loading': 'Загрузка ваших токенов…',
  'tokens.loadError': 'Не удалось загрузить ваши токены: {detail}',
  'tokens.retry': 'Повторить',
  'tokens.none': 'У вас нет токенов API.',
  'tokens.caption': {
    one: 'Ваши токены ({count})',
    few: 'Ваши токены ({count})',
    many: 'Ваши токены ({count})',
    other: 'Ваши токены ({count})',
  },
  'col.name': 'Название',
  'col.created': 'Создан',
  'col.lastUsed': 'Последнее использование',
  'col.status': 'Статус',
  'col.actions': 'Действия',
  'tokens.never': 'Никогда',
  'tokens.active': 'Действует',
  'tokens.revoked': 'Отозван',
  'tokens.revoke': 'Отозвать',
  'create.title': 'Создание токена',
  'create.name': 'Название',
  'create.nameHint': 'Для чего нужен токен, чтобы потом его узнать. Например: Ночная выгрузка результатов.',
  'create.submit': 'Создать токен',
  'create.working': 'Создание токена…',
  'create.errorTitle': 'Токен не создан',
  'create.nameRequired': 'Введите название токена',
  'created.title': 'Ваш новый токен',
  'created.status': 'Токен «{name}» создан.',
  'created.warning':
    'Скопируйте его сейчас и храните в надёжном месте, например в менеджере паролей или в секретных настройках вашей автоматизации. Больше он показан не будет. Любой, у кого он есть, может действовать от вашего имени.',
  'created.label': 'Токен API «{name}»',
  'created.done': 'Я сохранил(а) токен',
  copy: 'Скопировать токен',
  copied: 'Токен скопирован.',
  copyFailed: 'Токен выделен: скопируйте его с помощью клавиатуры или меню.',
  'revoke.title': 'Отозвать токен «{name}»?',
  'revoke.body':
    'Скрипты и системы, которые его используют, сразу перестанут работать. Это действие нельзя отменить, но вы можете создать новый токен.',
  'revoke.confirm': 'Да, отозвать',
  'revoke.done': 'Токен «{name}» отозван.',
  'revoke.errorTitle': 'Токен не отозван',
  cancel: 'Отмена',
  'role.admin': 'администратор',
  'role.editor': 'редактор',
  'role.moderator': 'модератор',
  'role.analyst': 'аналитик',
};

export default messages;
