// кыргызча (ky): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Бул пикирге эмне үчүн даттанып жатасыз?',
  'comments.reason.spam': 'Спам же жарнама',
  'comments.reason.abuse': 'Акаарат же кордоо',
  'comments.reason.off-topic': 'Темага тиешеси жок',
  'comments.reason.personal-data': 'Жеке маалыматтар бар',
  'comments.reason.other': 'Башка себеп',
  'comments.reported': 'Рахмат. Пикир боюнча даттануу модераторлорго жөнөтүлдү.',
  'comments.already-reported': 'Сиз бул пикирге мурун даттангансыз.',
  'comments.delete-menu': 'Пикириңизди өчүрөсүзбү? Анын тексти жана атыңыз биротоло өчүрүлөт.',
  'comments.delete-yes': 'Пикиримди өчүрүү',
  'comments.delete-no': 'Калтыруу',
  'comments.deleted': 'Пикириңиз өчүрүлдү.',
};

export default messages;
