// Filipino (fil): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Naglo-load…',
  'common.retry': 'Subukang muli',
  'common.anonymous': 'Anonimo',
  'common.honeypot': 'Iwanang blangko ang field na ito',
  'common.optional': '(opsyonal)',
  'common.characters-left': { one: 'May {count} karakter pang natitira', other: 'May {count} karakter pang natitira' },
  'common.characters-over': { one: 'Sobra nang {count} karakter', other: 'Sobra nang {count} karakter' },
  'error.offline': 'Mukhang offline kayo. Tingnan ang inyong koneksyon.',
  'error.network': 'Hindi namin maabot ang serbisyo sa ngayon. Wala sa inyong panig ang problema.',
  'error.timeout': 'Masyadong matagal sumagot ang serbisyo. Maaaring abala ito.',
  'error.not-found': 'Hindi mahanap ang nilalamang ito. Maaaring inalis na ito.',
  'error.invalid-input': 'May ilang impormasyong hindi wasto. Suriin ito at subukang muli.',
  'error.already-done': 'Nagawa na ninyo ito.',
  'error.closed': 'Sarado na ito.',
  'error.rate-limited': 'Masyadong maraming pagsubok. Maghintay sandali at subukang muli.',
  'error.unauthorised': 'Hindi pinapayagan ang site na ito na gamitin ang serbisyong ito.',
  'error.server': 'May nagkaproblema sa aming panig, hindi sa inyo.',
  'error.no-backend': 'Walang naka-configure na backend: kailangan ng widget na ito ng endpoint.',
  'error.retrying': 'Kusa itong maglo-load kapag bumalik na ang koneksyon o ang serbisyo.',
  'error.kept': 'Hindi nawala ang inyong inilagay: subukang muli maya-maya.',
  'error.unknown': 'May nagkaproblema. Subukang muli.',
  'time.relative-past': 'wala pang isang minuto ang nakalipas',
};

export default messages;
