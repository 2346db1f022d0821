// Melayu (ms): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-mel untuk balasan',
  'comments.form.email-hint':
    'Selepas anda mengesahkan alamat tersebut, kami akan menghantar e-mel kepada anda apabila seseorang membalas, paling banyak sekali sejam. Alamat ini tidak sekali-kali dipaparkan.',
  'comments.form.email-error': 'Masukkan alamat e-mel dalam format yang betul, seperti nama@example.com.',
  'comments.posted-email':
    'Jika alamat ini baharu bagi kami, buka pautan yang telah kami hantar kepadanya untuk menerima e-mel tentang balasan.',
};

export default messages;
