// Nederlands (nl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mail voor antwoorden',
  'comments.form.email-hint':
    'Nadat u het adres hebt bevestigd, e-mailen we u als iemand antwoordt, hoogstens één keer per uur. Het adres wordt nooit getoond.',
  'comments.form.email-error': 'Vul een e-mailadres in de juiste vorm in, bijvoorbeeld naam@example.com.',
  'comments.posted-email':
    'Is dit adres nieuw voor ons? Open dan de link die we ernaar hebben gestuurd om e-mails over antwoorden te krijgen.',
};

export default messages;
