// қазақ тілі (kk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Бұл пікірге неге шағымданып отырсыз?',
  'comments.reason.spam': 'Спам немесе жарнама',
  'comments.reason.abuse': 'Балағат немесе қорлау',
  'comments.reason.off-topic': 'Тақырыпқа қатысы жоқ',
  'comments.reason.personal-data': 'Жеке деректер бар',
  'comments.reason.other': 'Басқа себеп',
  'comments.reported': 'Рақмет. Пікір туралы шағым модераторларға жіберілді.',
  'comments.already-reported': 'Сіз бұл пікірге бұрын шағымдангансыз.',
  'comments.delete-menu': 'Пікіріңізді жоясыз ба? Оның мәтіні мен атыңыз біржола жойылады.',
  'comments.delete-yes': 'Пікірімді жою',
  'comments.delete-no': 'Қалдыру',
  'comments.deleted': 'Пікіріңіз жойылды.',
};

export default messages;
