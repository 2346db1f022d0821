// Kiswahili (sw): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Inapakia…',
  'common.retry': 'Jaribu tena',
  'common.anonymous': 'Bila jina',
  'common.honeypot': 'Acha sehemu hii wazi',
  'common.optional': '(si lazima)',
  'common.characters-left': { one: 'Imebaki herufi {count}', other: 'Zimebaki herufi {count}' },
  'common.characters-over': { one: 'Umezidisha herufi {count}', other: 'Umezidisha herufi {count}' },
  'error.offline': 'Inaonekana hujaunganishwa na intaneti. Angalia muunganisho wako.',
  'error.network': 'Hatuwezi kufikia huduma kwa sasa. Tatizo haliko upande wako.',
  'error.timeout': 'Huduma inachukua muda mrefu kujibu. Huenda ina shughuli nyingi.',
  'error.not-found': 'Maudhui haya hayakupatikana. Huenda yameondolewa.',
  'error.invalid-input': 'Baadhi ya taarifa si sahihi. Tafadhali ziangalie kisha ujaribu tena.',
  'error.already-done': 'Tayari umefanya hivi.',
  'error.closed': 'Hii imefungwa.',
  'error.rate-limited': 'Majaribio ni mengi mno. Subiri kidogo kisha ujaribu tena.',
  'error.unauthorised': 'Tovuti hii hairuhusiwi kutumia huduma hii.',
  'error.server': 'Hitilafu imetokea upande wetu, si upande wako.',
  'error.no-backend': 'Hakuna huduma ya nyuma iliyosanidiwa: wijeti hii inahitaji anwani ya huduma (endpoint).',
  'error.retrying': 'Hii itapakia yenyewe muunganisho au huduma itakaporejea.',
  'error.kept': 'Ulichoandika kimehifadhiwa: jaribu tena baada ya muda mfupi.',
  'error.unknown': 'Hitilafu imetokea. Jaribu tena.',
  'time.relative-past': 'chini ya dakika moja iliyopita',
};

export default messages;
