// română (ro): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mail pentru răspunsuri',
  'comments.form.email-hint':
    'După ce confirmați adresa, vă trimitem un e-mail când cineva răspunde, cel mult o dată pe oră. Adresa nu se afișează niciodată.',
  'comments.form.email-error': 'Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com.',
  'comments.posted-email':
    'Dacă această adresă este nouă pentru noi, deschideți linkul trimis la această adresă pentru a primi e-mailuri despre răspunsuri.',
};

export default messages;
