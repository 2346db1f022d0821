// русский (ru): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Электронная почта для уведомлений об ответах',
  'comments.form.email-hint':
    'Когда вы подтвердите адрес, мы будем сообщать вам об ответах по электронной почте — не чаще раза в час. Адрес никому не показывается.',
  'comments.form.email-error': 'Введите адрес электронной почты в правильном формате, например name@example.com.',
  'comments.posted-email':
    'Если мы ещё не знаем этот адрес, откройте ссылку, которую мы на него отправили, чтобы получать письма об ответах.',
};

export default messages;
