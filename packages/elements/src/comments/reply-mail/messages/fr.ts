// français (fr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mail pour les réponses',
  'comments.form.email-hint':
    'Nous vous écrivons quand quelqu’un répond, au plus une fois par heure, une fois l’adresse confirmée. Jamais affiché.',
  'comments.form.email-error': 'Saisissez une adresse e-mail au bon format, par exemple nom@example.com.',
  'comments.posted-email':
    'Si cette adresse est nouvelle pour nous, ouvrez le lien que nous y avons envoyé pour recevoir les e-mails sur les réponses.',
};

export default messages;
