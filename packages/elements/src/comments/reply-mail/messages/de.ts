// Deutsch (de): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-Mail für Antworten',
  'comments.form.email-hint':
    'Wir benachrichtigen Sie per E-Mail, wenn jemand antwortet – höchstens einmal pro Stunde und erst, nachdem Sie die Adresse bestätigt haben. Wird nie angezeigt.',
  'comments.form.email-error': 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com.',
  'comments.posted-email':
    'Wenn diese Adresse für uns neu ist, öffnen Sie den Link, den wir an sie gesendet haben, um E-Mails zu Antworten zu erhalten.',
};

export default messages;
