// پښتو (ps): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'بارېږي…',
  'common.retry': 'بیا هڅه وکړئ',
  'common.anonymous': 'بې نومه',
  'common.honeypot': 'دا ځای تش پرېږدئ',
  'common.optional': '(اختیاري)',
  'common.characters-left': { one: 'یو توری پاتې دی', other: '{count} توري پاتې دي' },
  'common.characters-over': { one: 'تاسو یو توری زیات لیکلی دی', other: 'تاسو {count} توري زیات لیکلي دي' },
  'error.offline': 'داسې ښکاري چې تاسو انټرنېټ نه لرئ. خپل اتصال وګورئ.',
  'error.network': 'اوس مهال موږ خدمت ته لاسرسی نشو موندلی. ستونزه ستاسو له خوا نه ده.',
  'error.timeout': 'خدمت ځواب ورکولو ته ډېر وخت نیسي. کېدای شي بوخت وي.',
  'error.not-found': 'دا منځپانګه ونه موندل شوه. کېدای شي لرې شوې وي.',
  'error.invalid-input': 'ځینې معلومات سم نه دي. هغه وګورئ او بیا هڅه وکړئ.',
  'error.already-done': 'تاسو دا کار مخکې کړی دی.',
  'error.closed': 'دا تړل شوی دی.',
  'error.rate-limited': 'ډېرې هڅې شوې دي. لږ صبر وکړئ او بیا هڅه وکړئ.',
  'error.unauthorised': 'دې وېبپاڼې ته د دې خدمت د کارولو اجازه نشته.',
  'error.server': 'زموږ له خوا یوه ستونزه رامنځته شوه، نه ستاسو له خوا.',
  'error.no-backend': 'هېڅ سرور (backend) نه دی ټاکل شوی: دې وېجټ ته د خدمت یوه پته (endpoint) اړینه ده.',
  'error.retrying': 'کله چې اتصال یا خدمت بېرته راشي، دا به پخپله بار شي.',
  'error.kept': 'هغه څه چې تاسو ولیکل خوندي دي: یو څه وروسته بیا هڅه وکړئ.',
  'error.unknown': 'یوه ستونزه رامنځته شوه. بیا هڅه وکړئ.',
  'time.relative-past': 'له یوې دقیقې لږ مخکې',
};

export default messages;
