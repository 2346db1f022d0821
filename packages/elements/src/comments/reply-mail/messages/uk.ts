// українська (uk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Адреса електронної пошти для сповіщень про відповіді',
  'comments.form.email-hint':
    'Після того як ви підтвердите адресу, ми надсилатимемо вам лист, коли хтось відповість, — не частіше ніж раз на годину. Адреса ніде не показується.',
  'comments.form.email-error': 'Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com.',
  'comments.posted-email':
    'Якщо ця адреса нова для нас, відкрийте посилання, яке ми на неї надіслали, щоб отримувати листи про відповіді.',
};

export default messages;
