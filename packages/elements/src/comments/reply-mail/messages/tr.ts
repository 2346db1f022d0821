// Türkçe (tr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Yanıt bildirimleri için e-posta',
  'comments.form.email-hint':
    'Adresi onayladıktan sonra, biri yanıt verdiğinde size saatte en fazla bir kez e-posta göndeririz. Adresiniz hiçbir zaman gösterilmez.',
  'comments.form.email-error': 'E-posta adresini doğru biçimde girin, örneğin ad@example.com.',
  'comments.posted-email':
    'Bu adres bizim için yeniyse, yanıtlarla ilgili e-posta almak için bu adrese gönderdiğimiz bağlantıyı açın.',
};

export default messages;
