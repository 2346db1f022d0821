// latviešu (lv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-pasts atbildēm',
  'comments.form.email-hint':
    'Pēc adreses apstiprināšanas mēs Jums nosūtīsim e-pastu, kad kāds atbildēs, ne biežāk kā reizi stundā. Adrese nekad netiek rādīta.',
  'comments.form.email-error': 'Ievadiet e-pasta adresi pareizā formātā, piemēram, vards@example.com.',
  'comments.posted-email': 'Ja šī adrese mums ir jauna, atveriet saiti, ko uz to nosūtījām, lai saņemtu e-pastus par atbildēm.',
};

export default messages;
