// o‘zbek (uz): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Izohlar yuklanmoqda…',
  'comments.count': { '=0': 'Hali izohlar yoʻq', one: '{count} ta izoh', other: '{count} ta izoh' },
  'comments.sort': 'Saralash',
  'comments.sort.newest': 'Avval yangilari',
  'comments.sort.oldest': 'Avval eskilari',
  'comments.sort.top': 'Eng koʻp qoʻllab-quvvatlanganlari',
  'comments.empty': 'Hali izohlar yoʻq. Birinchi boʻlib izoh qoldiring.',
  'comments.more': 'Yana izohlarni koʻrsatish',
  'comments.new': { one: '{count} ta yangi izoh — koʻrsatish', other: '{count} ta yangi izoh — koʻrsatish' },
  'comments.closed': 'Bu muhokama yopilgan. Izohlarni oʻqishingiz mumkin, lekin yangi izoh qoldira olmaysiz.',
  'comments.form.title': 'Izoh qoldirish',
  'comments.form.reply-title': 'Javob: {name}',
  'comments.form.name': 'Ismingiz',
  'comments.form.name-hint': '«Anonim» sifatida izoh qoldirish uchun boʻsh qoldiring. Ism hammaga koʻrsatiladi.',
  'comments.form.body': 'Izoh',
  'comments.form.reply-body': 'Javob',
  'comments.form.submit': 'Izohni yuborish',
  'comments.form.submit-reply': 'Javobni yuborish',
  'comments.form.submitting': 'Yuborilmoqda…',
  'comments.form.cancel': 'Bekor qilish',
  'comments.form.required': 'Izoh matnini kiriting.',
  'comments.form.too-long': 'Izoh {max} ta belgidan oshmasligi kerak.',
  'comments.posted': 'Izohingiz eʼlon qilindi.',
  'comments.posted-pending': 'Rahmat. Izohingiz moderator tasdiqlaganidan keyin koʻrinadi.',
  'comments.pending': 'Moderatsiyani kutmoqda',
  'comments.upvote': 'Qoʻllab-quvvatlash',
  'comments.upvote-label': {
    '=0': 'Bu izohni qoʻllab-quvvatlash (hali hech kim qoʻllab-quvvatlamagan)',
    one: 'Bu izohni qoʻllab-quvvatlash ({count} kishi qoʻllab-quvvatlagan)',
    other: 'Bu izohni qoʻllab-quvvatlash ({count} kishi qoʻllab-quvvatlagan)',
  },
  'comments.reply': 'Javob berish',
  'comments.replies-show': { one: '{count} ta javobni koʻrsatish', other: '{count} ta javobni koʻrsatish' },
  'comments.replies-hide': { one: '{count} ta javobni yashirish', other: '{count} ta javobni yashirish' },
  'comments.report': 'Shikoyat qilish',
  'comments.delete': 'Oʻchirish',
};

export default messages;
