import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** د وېبپاڼو پاڼه (هغه سرچینې چې د رایو، تبصرو، لاسلیکونو او ارزونو د لېږلو اجازه لري)، په پښتو. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'وېبپاڼې',
  'sites.intro':
    'هره وېبپاڼه کولای شي وېجټونه وښيي، خو خلک یوازې د هغو وېبپاڼو په پاڼو کې رایه ورکولای، تبصره کولای، لاسلیک کولای او ارزونه کولای شي چې دلته اجازه لري.',
  'sites.loading': 'بارېږي…',
  'sites.loadError': 'وېبپاڼې بار نه شوې: {detail}',
  'sites.retry': 'بیا هڅه وکړئ',
  'sites.readOnly': 'یوازې اداره کوونکي دا لېست بدلولای شي. له یوه یې وغواړئ چې ستاسو وېبپاڼې ته اجازه ورکړي.',
  'refused.title': 'په دې وروستیو کې رد شوې وېبپاڼې',
  'refused.intro':
    'د دې وېبپاڼو پاڼو هڅه کړې چې رایه، تبصره، لاسلیک یا ارزونه ولېږي او رد شوې دي. که کومه وېبپاڼه ستاسو وي، اجازه ورکړئ.',
  'refused.none': 'په دې وروستیو کې هېڅ وېبپاڼه نه ده رد شوې.',
  'refused.caption': 'رد شوې وېبپاڼې، وروستۍ لومړی',
  'refused.allow': 'اجازه ورکړئ',
  'refused.note': 'د رد شویو وېبپاڼو له لېست څخه اجازه ورکړل شوه',
  'col.site': 'وېبپاڼه',
  'col.refusals': 'رد شوې هڅې',
  'col.lastRefused': 'وروستی رد',
  'col.firstRefused': 'لومړی رد',
  'col.note': 'یادښت',
  'col.addedBy': 'زیاتوونکی',
  'col.added': 'د زیاتولو نېټه',
  'col.action': 'کړنه',
  'allowed.title': 'اجازه لرونکې وېبپاڼې',
  'allowed.caption': 'اجازه لرونکې وېبپاڼې',
  'allowed.none': 'تر اوسه هېڅ وېبپاڼې ته اجازه نه ده ورکړل شوې: خلک یوازې د همدې سرور په خپلو پاڼو کې ګډون کولای شي.',
  'allowed.fromEnvironment': 'د سرور تنظیم',
  'allowed.fromEnvironmentNote': 'په CIVIC_ALLOWED_ORIGINS کې ټاکل شوی: د سرور په تنظیماتو کې یې بدل کړئ.',
  'allowed.remove': 'لرې کړئ',
  'confirm.remove': 'د {origin} اجازه لرې کړئ؟',
  'confirm.removeBody':
    'د هغې په پاڼو کې به خلک نور ونشي کولای رایه ورکړي، تبصره وکړي، لاسلیک وکړي یا ارزونه وکړي. هغه وېجټونه چې دمخه یې په پاڼو کې دي، ښکاره به پاتې وي.',
  'confirm.yesRemove': 'هو، لرې یې کړئ',
  'confirm.cancel': 'لغوه کړئ',
  'add.title': 'یوې وېبپاڼې ته اجازه ورکړئ',
  'add.origin': 'د وېبپاڼې پته',
  'add.originHint':
    'لکه https://www.city.gov. د هغې وېبپاڼې هرې پاڼې ته اجازه ورکول کېږي؛ هر هغه څه چې د وېبپاڼې له نوم وروسته وي له پامه غورځول کېږي.',
  'add.note': 'یادښت (اختیاري)',
  'add.noteHint': 'دا وېبپاڼه څه ده او څوک یې چلوي، ترڅو نور پوه شي چې ولې اجازه لري. تر ۲۰۰ تورو پورې.',
  'add.submit': 'وېبپاڼې ته اجازه ورکړئ',
  'add.saving': 'خوندي کېږي…',
  'add.errorTitle': 'یوه ستونزه شته',
  'error.origin': 'د وېبپاڼې پته ولیکئ، لکه https://www.city.gov',
  'error.note': 'یادښت باید تر ۲۰۰ تورو زیات نه وي',
  'notice.added': '{origin} اجازه ترلاسه کړه: د هغې په پاڼو کې خلک اوس ګډون کولای شي.',
  'notice.removed': '{origin} نور اجازه نه لري.',
};

export default messages;
