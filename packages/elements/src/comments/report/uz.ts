// o‘zbek (uz): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Nima uchun bu izoh ustidan shikoyat qilyapsiz?',
  'comments.reason.spam': 'Spam yoki reklama',
  'comments.reason.abuse': 'Haqoratli yoki tahqirlovchi',
  'comments.reason.off-topic': 'Mavzuga aloqasi yoʻq',
  'comments.reason.personal-data': 'Shaxsiy maʼlumotlar bor',
  'comments.reason.other': 'Boshqa sabab',
  'comments.reported': 'Rahmat. Izoh ustidan shikoyat moderatorlarga yuborildi.',
  'comments.already-reported': 'Siz bu izoh ustidan allaqachon shikoyat qilgansiz.',
  'comments.delete-menu': 'Izohingizni oʻchirasizmi? Uning matni va ismingiz butunlay oʻchiriladi.',
  'comments.delete-yes': 'Izohimni oʻchirish',
  'comments.delete-no': 'Qoldirish',
  'comments.deleted': 'Izohingiz oʻchirildi.',
};

export default messages;
