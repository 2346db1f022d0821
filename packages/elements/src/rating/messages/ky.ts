// кыргызча (ky): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Жүктөлүүдө…',
  'rating.stars': { one: '{count} жылдыз', other: '{count} жылдыз' },
  'rating.yes': 'Ооба',
  'rating.no': 'Жок',
  'rating.csat.1': 'Абдан нааразымын',
  'rating.csat.2': 'Нааразымын',
  'rating.csat.3': 'Ыраазы да, нааразы да эмесмин',
  'rating.csat.4': 'Ыраазымын',
  'rating.csat.5': 'Абдан ыраазымын',
  'rating.send': 'Бааны жөнөтүү',
  'rating.sending': 'Жөнөтүлүүдө…',
  'rating.choose': 'Адегенде бааны тандаңыз.',
  'rating.thanks': 'Пикириңиз үчүн рахмат.',
  'rating.follow-up': 'Кененирээк айтып бериңиз (милдеттүү эмес)',
  'rating.reasons': 'Бул эмнеге байланыштуу?',
  'rating.comment': 'Пикир',
  'rating.comment-hint': 'Атыңыз же дарегиңиз сыяктуу жеке маалыматтарды жазбаңыз.',
  'rating.send-more': 'Жөнөтүү',
  'rating.skip': 'Өткөрүп жиберүү',
  'rating.done': 'Рахмат. Пикириңиз бул кызматты жакшыртууга жардам берет.',
  'rating.yours': 'Сиздин бааңыз: {score}.',
  'rating.change': 'Жоопту өзгөртүү',
  'rating.closed': 'Бул кызмат азыр баа кабыл албайт.',
  'rating.average': '5 баллдан {average}',
  'rating.yes-share': 'Пайдалуу деп тапкандар: {percent}',
  'rating.count': { '=0': 'Азырынча баа жок', one: '({count} баанын негизинде)', other: '({count} баанын негизинде)' },
  'rating.details-show': 'Бардык бааларды көрсөтүү',
  'rating.details-hide': 'Бардык бааларды жашыруу',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
