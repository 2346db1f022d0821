// български (bg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Имейл за отговори',
  'comments.form.email-hint':
    'Ще Ви изпращаме имейл, когато някой отговори – най-много веднъж на час, след като потвърдите адреса. Адресът никога не се показва.',
  'comments.form.email-error': 'Въведете имейл адрес в правилен формат, например name@example.com.',
  'comments.posted-email':
    'Ако този адрес е нов за нас, отворете линка, който изпратихме на него, за да получавате имейли за отговори.',
};

export default messages;
