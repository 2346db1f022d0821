// українська (uk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Чому ви хочете поскаржитися на цей коментар?',
  'comments.reason.spam': 'Спам або реклама',
  'comments.reason.abuse': 'Образи або грубість',
  'comments.reason.off-topic': 'Не стосується теми',
  'comments.reason.personal-data': 'Містить особисті дані',
  'comments.reason.other': 'Інше',
  'comments.reported': 'Дякуємо. Скаргу на коментар передано модераторам.',
  'comments.already-reported': 'Ви вже поскаржилися на цей коментар.',
  'comments.delete-menu': 'Видалити ваш коментар? Його текст і ваше ім’я буде видалено назавжди.',
  'comments.delete-yes': 'Видалити мій коментар',
  'comments.delete-no': 'Залишити',
  'comments.deleted': 'Ваш коментар видалено.',
};

export default messages;
