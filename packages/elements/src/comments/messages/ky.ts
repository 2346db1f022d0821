// кыргызча (ky): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Пикирлер жүктөлүүдө…',
  'comments.count': { '=0': 'Азырынча пикир жок', one: '{count} пикир', other: '{count} пикир' },
  'comments.sort': 'Иреттөө',
  'comments.sort.newest': 'Адегенде жаңылары',
  'comments.sort.oldest': 'Адегенде эскилери',
  'comments.sort.top': 'Эң көп колдоо тапкандары',
  'comments.empty': 'Азырынча пикир жок. Биринчи болуп пикир калтырыңыз.',
  'comments.more': 'Дагы пикирлерди көрсөтүү',
  'comments.new': { one: '{count} жаңы пикир — көрсөтүү', other: '{count} жаңы пикир — көрсөтүү' },
  'comments.closed': 'Бул талкуу жабык. Пикирлерди окуй аласыз, бирок жаңысын кошо албайсыз.',
  'comments.form.title': 'Пикир калтыруу',
  'comments.form.reply-title': 'Жооп: {name}',
  'comments.form.name': 'Атыңыз',
  'comments.form.name-hint': '«Аноним» катары пикир калтыруу үчүн бош калтырыңыз. Атыңыз баарына көрсөтүлөт.',
  'comments.form.body': 'Пикир',
  'comments.form.reply-body': 'Жооп',
  'comments.form.submit': 'Пикирди жарыялоо',
  'comments.form.submit-reply': 'Жоопту жарыялоо',
  'comments.form.submitting': 'Жарыяланууда…',
  'comments.form.cancel': 'Жокко чыгаруу',
  'comments.form.required': 'Пикириңиздин текстин киргизиңиз.',
  'comments.form.too-long': 'Пикир {max} белгиден ашпашы керек.',
  'comments.posted': 'Пикириңиз жарыяланды.',
  'comments.posted-pending': 'Рахмат. Пикириңиз модератор жактыргандан кийин көрүнөт.',
  'comments.pending': 'Модерацияны күтүүдө',
  'comments.upvote': 'Колдоо',
  'comments.upvote-label': {
    '=0': 'Бул пикирди колдоо (азырынча эч ким колдогон жок)',
    one: 'Бул пикирди колдоо ({count} адам колдоду)',
    other: 'Бул пикирди колдоо ({count} адам колдоду)',
  },
  'comments.reply': 'Жооп берүү',
  'comments.replies-show': { one: '{count} жоопту көрсөтүү', other: '{count} жоопту көрсөтүү' },
  'comments.replies-hide': { one: '{count} жоопту жашыруу', other: '{count} жоопту жашыруу' },
  'comments.report': 'Даттануу',
  'comments.delete': 'Өчүрүү',
};

export default messages;
