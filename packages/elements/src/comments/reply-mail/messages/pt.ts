// português (pt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Email para respostas',
  'comments.form.email-hint':
    'Depois de confirmar o endereço, enviamos-lhe um email quando alguém responder, no máximo uma vez por hora. O endereço nunca é mostrado.',
  'comments.form.email-error': 'Introduza um endereço de email no formato correto, por exemplo nome@example.com.',
  'comments.posted-email':
    'Se este endereço for novo para nós, abra a ligação que enviámos para esse endereço para receber emails sobre respostas.',
};

export default messages;
