// Indonesia (id): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Email untuk balasan',
  'comments.form.email-hint':
    'Kami akan mengirimi Anda email saat ada yang membalas, paling banyak sekali per jam, setelah Anda mengonfirmasi alamatnya. Alamat ini tidak pernah ditampilkan.',
  'comments.form.email-error': 'Masukkan alamat email dengan format yang benar, seperti nama@example.com.',
  'comments.posted-email':
    'Jika alamat ini baru bagi kami, buka tautan yang kami kirimkan ke alamat tersebut untuk menerima email tentang balasan.',
};

export default messages;
