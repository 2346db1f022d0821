// português (Brasil) (pt-BR): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mail para respostas',
  'comments.form.email-hint':
    'Depois que você confirmar o endereço, enviaremos um e-mail quando alguém responder, no máximo uma vez por hora. O endereço nunca aparece publicamente.',
  'comments.form.email-error': 'Informe um endereço de e-mail no formato correto, como nome@example.com.',
  'comments.posted-email':
    'Se este endereço for novo para nós, abra o link que enviamos para ele para receber e-mails sobre respostas.',
};

export default messages;
