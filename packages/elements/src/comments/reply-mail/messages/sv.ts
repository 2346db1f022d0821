// svenska (sv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-postadress för svar',
  'comments.form.email-hint':
    'Vi mejlar dig när någon svarar, högst en gång i timmen, efter att du har bekräftat adressen. Adressen visas aldrig.',
  'comments.form.email-error': 'Skriv en e-postadress i rätt format, till exempel namn@example.com.',
  'comments.posted-email': 'Om adressen är ny för oss, öppna länken som vi har skickat till den för att få mejl om svar.',
};

export default messages;
