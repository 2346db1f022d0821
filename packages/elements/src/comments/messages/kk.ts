// қазақ тілі (kk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Пікірлер жүктелуде…',
  'comments.count': { '=0': 'Әзірге пікір жоқ', one: '{count} пікір', other: '{count} пікір' },
  'comments.sort': 'Сұрыптау',
  'comments.sort.newest': 'Алдымен жаңалары',
  'comments.sort.oldest': 'Алдымен ескілері',
  'comments.sort.top': 'Ең көп қолдау тапқандары',
  'comments.empty': 'Әзірге пікір жоқ. Бірінші болып пікір қалдырыңыз.',
  'comments.more': 'Тағы пікірлер көрсету',
  'comments.new': { one: '{count} жаңа пікір — көрсету', other: '{count} жаңа пікір — көрсету' },
  'comments.closed': 'Бұл талқылау жабық. Пікірлерді оқи аласыз, бірақ жаңасын қоса алмайсыз.',
  'comments.form.title': 'Пікір қалдыру',
  'comments.form.reply-title': 'Жауап: {name}',
  'comments.form.name': 'Атыңыз',
  'comments.form.name-hint': '«Аноним» ретінде пікір қалдыру үшін бос қалдырыңыз. Атыңыз жария көрсетіледі.',
  'comments.form.body': 'Пікір',
  'comments.form.reply-body': 'Жауап',
  'comments.form.submit': 'Пікірді жариялау',
  'comments.form.submit-reply': 'Жауапты жариялау',
  'comments.form.submitting': 'Жариялануда…',
  'comments.form.cancel': 'Бас тарту',
  'comments.form.required': 'Пікір мәтінін енгізіңіз.',
  'comments.form.too-long': 'Пікір {max} таңбадан аспауы керек.',
  'comments.posted': 'Пікіріңіз жарияланды.',
  'comments.posted-pending': 'Рақмет. Пікіріңіз модератор мақұлдағаннан кейін көрінеді.',
  'comments.pending': 'Модерацияны күтуде',
  'comments.upvote': 'Қолдау',
  'comments.upvote-label': {
    '=0': 'Бұл пікірді қолдау (әзірге ешкім қолдаған жоқ)',
    one: 'Бұл пікірді қолдау ({count} адам қолдады)',
    other: 'Бұл пікірді қолдау ({count} адам қолдады)',
  },
  'comments.reply': 'Жауап беру',
  'comments.replies-show': { one: '{count} жауапты көрсету', other: '{count} жауапты көрсету' },
  'comments.replies-hide': { one: '{count} жауапты жасыру', other: '{count} жауапты жасыру' },
  'comments.report': 'Шағымдану',
  'comments.delete': 'Жою',
};

export default messages;
