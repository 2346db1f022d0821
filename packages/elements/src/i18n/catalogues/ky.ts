// кыргызча (ky): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Жүктөлүүдө…',
  'common.retry': 'Кайра аракет кылуу',
  'common.anonymous': 'Аноним',
  'common.honeypot': 'Бул талааны бош калтырыңыз',
  'common.optional': '(милдеттүү эмес)',
  'common.characters-left': { one: 'Дагы {count} белги жаза аласыз', other: 'Дагы {count} белги жаза аласыз' },
  'common.characters-over': { one: '{count} белги ашык', other: '{count} белги ашык' },
  'error.offline': 'Интернетке туташпай турган окшойсуз. Байланышты текшериңиз.',
  'error.network': 'Азыр кызматка туташуу мүмкүн эмес. Көйгөй сиз тарапта эмес.',
  'error.timeout': 'Кызмат өтө узак жооп берип жатат. Жүктөмү жогору болушу мүмкүн.',
  'error.not-found': 'Бул мазмун табылган жок. Ал өчүрүлгөн болушу мүмкүн.',
  'error.invalid-input': 'Айрым маалыматтар туура эмес. Текшерип, кайра аракет кылыңыз.',
  'error.already-done': 'Сиз муну мурун аткаргансыз.',
  'error.closed': 'Бул жабык.',
  'error.rate-limited': 'Аракеттер өтө көп. Бир аз күтүп, кайра аракет кылыңыз.',
  'error.unauthorised': 'Бул сайтка ушул кызматты колдонууга уруксат берилген эмес.',
  'error.server': 'Ката биз тарапта кетти, сиз тарапта эмес.',
  'error.no-backend': 'Бэкенд жөндөлгөн эмес: бул виджетке эндпоинт керек.',
  'error.retrying': 'Байланыш же кызмат калыбына келгенде, бул өзү эле жүктөлөт.',
  'error.kept': 'Сиз киргизген маалымат сакталды: бир аздан кийин кайра аракет кылыңыз.',
  'error.unknown': 'Ката кетти. Кайра аракет кылыңыз.',
  'time.relative-past': 'бир мүнөттөн аз убакыт мурун',
};

export default messages;
