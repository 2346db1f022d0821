// Soomaali (so): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Iimaylka jawaabaha',
  'comments.form.email-hint':
    'Waxaan kuu soo diraynaa iimayl marka qof jawaabo, ugu badnaan hal mar saacaddii, kadib markaad xaqiijiso cinwaanka. Cinwaanka marnaba lama muujiyo.',
  'comments.form.email-error': 'Geli cinwaan iimayl oo qaab sax ah leh, sida magac@example.com.',
  'comments.posted-email':
    'Haddii cinwaankan uu noo cusub yahay, fur link-ga aan u dirnay si aad u hesho iimaylo ku saabsan jawaabaha.',
};

export default messages;
