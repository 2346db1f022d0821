import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** د API ټوکنونو پاڼه، په پښتو. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API ټوکنونه',
  'tokens.intro':
    'API ټوکن یوې سکرېپټ یا بل سیسټم ته اجازه ورکوي چې ستاسو په استازیتوب د مدیریت API وکاروي، ترڅو کارونه لکه د پایلو شپنۍ صادرول پخپله ترسره شي. دا هغه څه کولای شي چې ستاسو رول ({role}) یې اجازه ورکوي.',
  'tokens.howTo': 'سکرېپټ ټوکن د هرې غوښتنې په Authorization سرلیک کې لېږي:',
  'tokens.loading': 'ستاسو ټوکنونه بارېږي…',
  'tokens.loadError': 'ستاسو ټوکنونه بار نه شول: {detail}',
  'tokens.retry': 'بیا هڅه وکړئ',
  'tokens.none': 'تاسو هېڅ API ټوکن نه لرئ.',
  'tokens.caption': { one: 'ستاسو ټوکن', other: 'ستاسو {count} ټوکنونه' },
  'col.name': 'نوم',
  'col.created': 'جوړ شوی',
  'col.lastUsed': 'وروستی کارول',
  'col.status': 'حالت',
  'col.actions': 'کړنې',
  'tokens.never': 'هېڅکله',
  'tokens.active': 'فعال',
  'tokens.revoked': 'لغوه شوی',
  'tokens.revoke': 'لغوه کړئ',
  'create.title': 'ټوکن جوړ کړئ',
  'create.name': 'نوم',
  'create.nameHint': 'د څه لپاره دی، ترڅو یې وروسته وپېژنئ. د بېلګې په توګه: د پایلو شپنۍ صادرول.',
  'create.submit': 'ټوکن جوړ کړئ',
  'create.working': 'ټوکن جوړېږي…',
  'create.errorTitle': 'ټوکن جوړ نه شو',
  'create.nameRequired': 'د ټوکن لپاره یو نوم ولیکئ',
  'created.title': 'ستاسو نوی ټوکن',
  'created.status': 'ټوکن «{name}» جوړ شو.',
  'created.warning':
    'همدا اوس یې کاپي کړئ او په خوندي ځای کې یې وساتئ، د بېلګې په توګه د پټنوم په مدیر کې یا د خپل اتوماتیک سیسټم په پټو تنظیماتو کې. بیا به نه ښودل کېږي. هر څوک چې دا ولري، ستاسو په ځای عمل کولای شي.',
  'created.label': 'API ټوکن «{name}»',
  'created.done': 'ما خوندي کړ',
  copy: 'ټوکن کاپي کړئ',
  copied: 'ټوکن کاپي شو.',
  copyFailed: 'ټوکن ټاکل شوی دی: د کیبورډ یا مېنو په مرسته یې کاپي کړئ.',
  'revoke.title': 'ټوکن «{name}» لغوه کړئ؟',
  'revoke.body':
    'هغه سکرېپټونه او سیسټمونه چې دا کاروي سمدستي له کاره لوېږي. دا بېرته نه راګرځي، خو تاسو کولای شئ نوی ټوکن جوړ کړئ.',
  'revoke.confirm': 'هو، لغوه یې کړئ',
  'revoke.done': 'ټوکن «{name}» لغوه شو.',
  'revoke.errorTitle': 'ټوکن لغوه نه شو',
  cancel: 'لغوه کړئ',
  'role.admin': 'اداره کوونکی',
  'role.editor': 'سمونګر',
  'role.moderator': 'څارونکی',
  'role.analyst': 'شنونکی',
};

export default messages;
