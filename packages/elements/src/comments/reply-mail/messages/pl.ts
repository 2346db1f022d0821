// polski (pl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mail do powiadomień o odpowiedziach',
  'comments.form.email-hint':
    'Po potwierdzeniu adresu napiszemy do Ciebie, gdy ktoś odpowie – najwyżej raz na godzinę. Adres nigdy nie jest wyświetlany.',
  'comments.form.email-error': 'Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com.',
  'comments.posted-email':
    'Jeśli ten adres jest dla nas nowy, otwórz link, który na niego wysłaliśmy, aby otrzymywać wiadomości o odpowiedziach.',
};

export default messages;
