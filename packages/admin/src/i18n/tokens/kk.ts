import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API токендері беті, қазақ тілінде. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API токендері',
  'tokens.intro':
    'API токені скриптке немесе басқа жүйеге сіздің атыңыздан әкімшілік API-ді пайдалануға мүмкіндік береді, мысалы, нәтижелерді әр түні экспорттау сияқты жұмысты автоматтандыру үшін. Ол сіздің рөліңіз рұқсат ететін әрекеттерді орындай алады ({role}).',
  'tokens.howTo': 'Скрипт токенді әр сұраудың Authorization тақырыбында жібереді:',
  'tokens.loading': 'Токендеріңіз жүктелуде…',
  'tokens.loadError': 'Токендеріңізді жүктеу мүмкін болмады: {detail}',
  'tokens.retry': 'Қайталап көру',
  'tokens.none': 'Сізде API токендері жоқ.',
  'tokens.caption': { one: 'Сіздің {count} токеніңіз', other: 'Сіздің {count} токеніңіз' },
  'col.name': 'Атауы',
  'col.created': 'Жасалған күні',
  'col.lastUsed': 'Соңғы рет пайдаланылған',
  'col.status': 'Күйі',
  'col.actions': 'Әрекеттер',
  'tokens.never': 'Ешқашан',
  'tokens.active': 'Белсенді',
  'tokens.revoked': 'Кері қайтарылған',
  'tokens.revoke': 'Кері қайтару',
  'create.title': 'Токен жасау',
  'create.name': 'Атауы',
  'create.nameHint': 'Кейін тану үшін не үшін екенін жазыңыз. Мысалы: Нәтижелерді түнгі экспорттау.',
  'create.submit': 'Токен жасау',
  'create.working': 'Токен жасалуда…',
  'create.errorTitle': 'Токен жасалмады',
  'create.nameRequired': 'Токеннің атауын енгізіңіз',
  'created.title': 'Жаңа токеніңіз',
  'created.status': '«{name}» токені жасалды.',
  'created.warning':
    'Оны қазір көшіріп, қауіпсіз жерде сақтаңыз, мысалы, құпиясөз менеджерінде немесе автоматтандыру жүйеңіздің құпия параметрлерінде. Ол қайта көрсетілмейді. Оны иеленген кез келген адам сіздің атыңыздан әрекет ете алады.',
  'created.label': '«{name}» API токені',
  'created.done': 'Мен оны сақтадым',
  copy: 'Токенді көшіру',
  copied: 'Токен көшірілді.',
  copyFailed: 'Токен белгіленді: оны пернетақта немесе мәзір арқылы көшіріңіз.',
  'revoke.title': '«{name}» токенін кері қайтару керек пе?',
  'revoke.body':
    'Оны пайдаланатын скриптер мен жүйелер бірден жұмысын тоқтатады. Бұл әрекетті болдырмау мүмкін емес, бірақ жаңа токен жасай аласыз.',
  'revoke.confirm': 'Иә, кері қайтару',
  'revoke.done': '«{name}» токені кері қайтарылды.',
  'revoke.errorTitle': 'Токен кері қайтарылмады',
  cancel: 'Бас тарту',
  'role.admin': 'әкімші',
  'role.editor': 'редактор',
  'role.moderator': 'модератор',
  'role.analyst': 'талдаушы',
};

export default messages;
