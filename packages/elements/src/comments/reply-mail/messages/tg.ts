// тоҷикӣ (tg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Почтаи электронӣ барои ҷавобҳо',
  'comments.form.email-hint':
    'Пас аз он ки шумо суроғаро тасдиқ кунед, вақте касе ҷавоб медиҳад, мо ба шумо мактуб мефиристем, на бештар аз як маротиба дар як соат. Суроға ҳеҷ гоҳ нишон дода намешавад.',
  'comments.form.email-error': 'Суроғаи почтаи электрониро дар формати дуруст ворид кунед, масалан: name@example.com.',
  'comments.posted-email':
    'Агар ин суроға барои мо нав бошад, барои гирифтани мактубҳо дар бораи ҷавобҳо пайвандеро кушоед, ки мо ба он фиристодем.',
};

export default messages;
