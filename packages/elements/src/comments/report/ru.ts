// русский (ru): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Почему вы хотите пожаловаться на этот комментарий?',
  'comments.reason.spam': 'Спам или реклама',
  'comments.reason.abuse': 'Оскорбления или грубость',
  'comments.reason.off-topic': 'Не по теме',
  'comments.reason.personal-data': 'Содержит личные данные',
  'comments.reason.other': 'Другое',
  'comments.reported': 'Спасибо. Жалоба на комментарий передана модераторам.',
  'comments.already-reported': 'Вы уже пожаловались на этот комментарий.',
  'comments.delete-menu': 'Удалить ваш комментарий? Его текст и ваше имя будут удалены навсегда.',
  'comments.delete-yes': 'Удалить мой комментарий',
  'comments.delete-no': 'Оставить',
  'comments.deleted': 'Ваш комментарий удалён.',
};

export default messages;
