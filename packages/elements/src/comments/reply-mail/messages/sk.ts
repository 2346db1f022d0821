// slovenčina (sk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mail na upozornenia o odpovediach',
  'comments.form.email-hint':
    'Keď niekto odpovie, pošleme vám e-mail, najviac raz za hodinu, a to až po potvrdení adresy. Adresa sa nikdy nezobrazuje.',
  'comments.form.email-error': 'Zadajte e-mailovú adresu v správnom tvare, napríklad name@example.com.',
  'comments.posted-email':
    'Ak je táto adresa pre nás nová, otvorte odkaz, ktorý sme na ňu poslali, aby ste dostávali e-maily o odpovediach.',
};

export default messages;
