// dansk (da): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mail til svar',
  'comments.form.email-hint':
    'Vi sender dig en e-mail, når nogen svarer, højst én gang i timen, når du har bekræftet adressen. Vises aldrig.',
  'comments.form.email-error': 'Skriv en e-mailadresse i det rigtige format, for eksempel navn@example.com.',
  'comments.posted-email': 'Hvis adressen er ny for os, skal du åbne det link, vi har sendt til den, for at få e-mails om svar.',
};

export default messages;
