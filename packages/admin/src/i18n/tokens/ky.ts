import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API токендери бети, кыргыз тилинде. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API токендери',
  'tokens.intro':
    'API токени скриптке же башка системага сиздин атыңыздан башкаруу API интерфейсин колдонууга мүмкүндүк берет, мисалы, жыйынтыктарды ар түнү экспорттоо сыяктуу ишти автоматташтыруу үчүн. Ал сиздин ролуңуз уруксат берген аракеттерди аткара алат ({role}).',
  'tokens.howTo': 'Скрипт токенди ар бир сурамдын Authorization аталышында жөнөтөт:',
  'tokens.loading': 'Токендериңиз жүктөлүүдө…',
  'tokens.loadError': 'Токендериңизди жүктөө мүмкүн болгон жок: {detail}',
  'tokens.retry': 'Кайра аракет кылуу',
  'tokens.none': 'Сизде API токендери жок.',
  'tokens.caption': { one: 'Сиздин {count} токениңиз', other: 'Сиздин {count} токениңиз' },
  'col.name': 'Аталышы',
  'col.created': 'Түзүлгөн күнү',
  'col.lastUsed': 'Акыркы жолу колдонулган',
  'col.status': 'Абалы',
  'col.actions': 'Аракеттер',
  'tokens.never': 'Эч качан',
  'tokens.active': 'Активдүү',
  'tokens.revoked': 'Кайтарылып алынган',
  'tokens.revoke': 'Кайтарып алуу',
  'create.title': 'Токен түзүү',
  'create.name': 'Аталышы',
  'create.nameHint': 'Кийин тааный алышыңыз үчүн ал эмне үчүн экенин жазыңыз. Мисалы: Жыйынтыктарды түнкү экспорттоо.',
  'create.submit': 'Токен түзүү',
  'create.working': 'Токен түзүлүүдө…',
  'create.errorTitle': 'Токен түзүлгөн жок',
  'create.nameRequired': 'Токендин аталышын киргизиңиз',
  'created.title': 'Жаңы токениңиз',
  'created.status': '«{name}» токени түзүлдү.',
  'created.warning':
    'Аны азыр көчүрүп, коопсуз жерде сактаңыз, мисалы, сырсөз менеджеринде же автоматташтыруу системаңыздын жашыруун жөндөөлөрүндө. Ал кайра көрсөтүлбөйт. Ага ээ болгон ар бир адам сиздин атыңыздан аракет кыла алат.',
  'created.label': '«{name}» API токени',
  'created.done': 'Мен аны сактадым',
  copy: 'Токенди көчүрүү',
  copied: 'Токен көчүрүлдү.',
  copyFailed: 'Токен белгиленди: аны баскычтоп же меню аркылуу көчүрүңүз.',
  'revoke.title': '«{name}» токенин кайтарып алуу керекпи?',
  'revoke.body':
    'Аны колдонгон скрипттер жана системалар дароо иштебей калат. Муну артка кайтаруу мүмкүн эмес, бирок жаңы токен түзө аласыз.',
  'revoke.confirm': 'Ооба, кайтарып алуу',
  'revoke.done': '«{name}» токени кайтарылып алынды.',
  'revoke.errorTitle': 'Токен кайтарылып алынган жок',
  cancel: 'Жокко чыгаруу',
  'role.admin': 'администратор',
  'role.editor': 'редактор',
  'role.moderator': 'модератор',
  'role.analyst': 'талдоочу',
};

export default messages;
