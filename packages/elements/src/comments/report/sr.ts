// српски (sr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Зашто пријављујете овај коментар?',
  'comments.reason.spam': 'Спам или реклама',
  'comments.reason.abuse': 'Увредљив или непримерен садржај',
  'comments.reason.off-topic': 'Није у вези са темом',
  'comments.reason.personal-data': 'Садржи личне податке',
  'comments.reason.other': 'Нешто друго',
  'comments.reported': 'Хвала. Коментар је пријављен модераторима.',
  'comments.already-reported': 'Већ сте пријавили овај коментар.',
  'comments.delete-menu': 'Желите ли да избришете свој коментар? Његов текст и ваше име биће трајно избрисани.',
  'comments.delete-yes': 'Избришите мој коментар',
  'comments.delete-no': 'Задржите га',
  'comments.deleted': 'Ваш коментар је избрисан.',
};

export default messages;
