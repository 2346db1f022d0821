// norsk bokmål (nb): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-post for svar',
  'comments.form.email-hint':
    'Når du har bekreftet adressen, sender vi deg en e-post når noen svarer, høyst én gang i timen. Adressen vises aldri.',
  'comments.form.email-error': 'Skriv inn en e-postadresse i riktig format, for eksempel navn@example.com.',
  'comments.posted-email': 'Hvis denne adressen er ny for oss, åpner du lenken vi har sendt til den, for å få e-post om svar.',
};

export default messages;
