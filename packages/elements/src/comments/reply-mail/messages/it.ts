// italiano (it): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Email per le risposte',
  'comments.form.email-hint':
    'Dopo che avrà confermato l’indirizzo, Le invieremo un’email quando qualcuno risponde, al massimo una all’ora. L’indirizzo non viene mai mostrato.',
  'comments.form.email-error': 'Inserisca un indirizzo email nel formato corretto, ad esempio nome@example.com.',
  'comments.posted-email':
    'Se questo indirizzo è nuovo per noi, per ricevere le email sulle risposte apra il link che Le abbiamo inviato a quell’indirizzo.',
};

export default messages;
