// български (bg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Защо сигнализирате за този коментар?',
  'comments.reason.spam': 'Спам или реклама',
  'comments.reason.abuse': 'Обидно или грубо съдържание',
  'comments.reason.off-topic': 'Не е по темата',
  'comments.reason.personal-data': 'Съдържа лични данни',
  'comments.reason.other': 'Друго',
  'comments.reported': 'Благодарим Ви. Модераторите са уведомени за коментара.',
  'comments.already-reported': 'Вече сте сигнализирали за този коментар.',
  'comments.delete-menu': 'Да се изтрие ли коментарът Ви? Текстът му и името Ви ще бъдат изтрити окончателно.',
  'comments.delete-yes': 'Изтриване на коментара ми',
  'comments.delete-no': 'Запазване',
  'comments.deleted': 'Коментарът Ви е изтрит.',
};

export default messages;
