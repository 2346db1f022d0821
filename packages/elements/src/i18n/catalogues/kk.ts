// қазақ тілі (kk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Жүктелуде…',
  'common.retry': 'Қайталап көру',
  'common.anonymous': 'Аноним',
  'common.honeypot': 'Бұл өрісті бос қалдырыңыз',
  'common.optional': '(міндетті емес)',
  'common.characters-left': { one: 'Тағы {count} таңба жазуға болады', other: 'Тағы {count} таңба жазуға болады' },
  'common.characters-over': { one: '{count} таңба артық', other: '{count} таңба артық' },
  'error.offline': 'Интернетке қосылмаған сияқтысыз. Байланысты тексеріңіз.',
  'error.network': 'Қазір қызметке қосылу мүмкін емес. Мәселе сіз тарапта емес.',
  'error.timeout': 'Қызмет тым ұзақ жауап беріп жатыр. Жүктемесі жоғары болуы мүмкін.',
  'error.not-found': 'Бұл мазмұн табылмады. Ол жойылған болуы мүмкін.',
  'error.invalid-input': 'Кейбір мәліметтер жарамсыз. Тексеріп, қайталап көріңіз.',
  'error.already-done': 'Сіз мұны бұрын орындағансыз.',
  'error.closed': 'Бұл жабық.',
  'error.rate-limited': 'Әрекеттер тым көп. Сәл күтіп, қайталап көріңіз.',
  'error.unauthorised': 'Бұл сайтқа осы қызметті пайдалануға рұқсат берілмеген.',
  'error.server': 'Ақау біздің тарапта шықты, сізде емес.',
  'error.no-backend': 'Бэкенд бапталмаған: бұл виджетке эндпоинт қажет.',
  'error.retrying': 'Байланыс немесе қызмет қалпына келгенде, бұл өздігінен жүктеледі.',
  'error.kept': 'Енгізген деректеріңіз сақталды: сәлден кейін қайталап көріңіз.',
  'error.unknown': 'Қате шықты. Қайталап көріңіз.',
  'time.relative-past': 'бір минуттан аз уақыт бұрын',
};

export default messages;
