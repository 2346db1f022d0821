// eesti (et): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-post vastuste jaoks',
  'comments.form.email-hint':
    'Saadame teile e-kirja, kui keegi vastab, kõige rohkem kord tunnis ja alles pärast seda, kui olete aadressi kinnitanud. Aadressi ei kuvata kunagi.',
  'comments.form.email-error': 'Sisestage e-posti aadress õiges vormingus, näiteks nimi@example.com.',
  'comments.posted-email': 'Kui see aadress on meile uus, avage link, mille sellele saatsime, et saada vastuste kohta e-kirju.',
};

export default messages;
