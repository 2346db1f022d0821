// o‘zbek (uz): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Yuklanmoqda…',
  'rating.stars': { one: '{count} yulduz', other: '{count} yulduz' },
  'rating.yes': 'Ha',
  'rating.no': 'Yoʻq',
  'rating.csat.1': 'Juda norozi',
  'rating.csat.2': 'Norozi',
  'rating.csat.3': 'Na mamnun, na norozi',
  'rating.csat.4': 'Mamnun',
  'rating.csat.5': 'Juda mamnun',
  'rating.send': 'Bahoni yuborish',
  'rating.sending': 'Yuborilmoqda…',
  'rating.choose': 'Avval baho tanlang.',
  'rating.thanks': 'Fikringiz uchun rahmat.',
  'rating.follow-up': 'Batafsilroq yozing (ixtiyoriy)',
  'rating.reasons': 'Bu nima bilan bogʻliq?',
  'rating.comment': 'Izoh',
  'rating.comment-hint': 'Ismingiz yoki manzilingiz kabi shaxsiy maʼlumotlarni yozmang.',
  'rating.send-more': 'Yuborish',
  'rating.skip': 'Oʻtkazib yuborish',
  'rating.done': 'Rahmat. Fikringiz bu xizmatni yaxshilashimizga yordam beradi.',
  'rating.yours': 'Sizning bahongiz: {score}.',
  'rating.change': 'Javobni oʻzgartirish',
  'rating.closed': 'Bu xizmat hozircha baholarni qabul qilmayapti.',
  'rating.average': '5 balldan {average}',
  'rating.yes-share': 'Foydalanuvchilarning {percent} qismi buni foydali deb topdi',
  'rating.count': { '=0': 'Hali baholar yoʻq', one: '({count} ta baho asosida)', other: '({count} ta baho asosida)' },
  'rating.details-show': 'Barcha baholarni koʻrsatish',
  'rating.details-hide': 'Barcha baholarni yashirish',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
