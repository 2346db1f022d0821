// hrvatski (hr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-pošta za odgovore',
  'comments.form.email-hint':
    'Kada netko odgovori, poslat ćemo Vam poruku, najviše jednom na sat, nakon što potvrdite adresu. Nikad se ne prikazuje.',
  'comments.form.email-error': 'Unesite adresu e-pošte u ispravnom obliku, na primjer name@example.com.',
  'comments.posted-email':
    'Ako je ova adresa nova za nas, otvorite poveznicu koju smo na nju poslali kako biste primali poruke o odgovorima.',
};

export default messages;
