// magyar (hu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mail-cím a válaszokhoz',
  'comments.form.email-hint':
    'Miután megerősítette a címet, e-mailt küldünk, ha valaki válaszol, óránként legfeljebb egyet. A cím soha nem jelenik meg nyilvánosan.',
  'comments.form.email-error': 'Helyes formátumú e-mail-címet adjon meg, például: nev@example.com.',
  'comments.posted-email': 'Ha ez a cím új számunkra, nyissa meg az oda küldött linket, hogy e-mailt kapjon a válaszokról.',
};

export default messages;
