// ქართული (ka): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'რატომ გვატყობინებთ ამ კომენტარის შესახებ?',
  'comments.reason.spam': 'სპამი ან რეკლამა',
  'comments.reason.abuse': 'შეურაცხმყოფელი ან უხეში',
  'comments.reason.off-topic': 'თემას არ ეხება',
  'comments.reason.personal-data': 'შეიცავს პერსონალურ მონაცემებს',
  'comments.reason.other': 'სხვა მიზეზი',
  'comments.reported': 'გმადლობთ. მოდერატორებს ეცნობათ ამ კომენტარის შესახებ.',
  'comments.already-reported': 'ამ კომენტარის შესახებ უკვე შეგვატყობინეთ.',
  'comments.delete-menu': 'გსურთ თქვენი კომენტარის წაშლა? მისი ტექსტი და თქვენი სახელი სამუდამოდ წაიშლება.',
  'comments.delete-yes': 'ჩემი კომენტარის წაშლა',
  'comments.delete-no': 'შენარჩუნება',
  'comments.deleted': 'თქვენი კომენტარი წაიშალა.',
};

export default messages;
