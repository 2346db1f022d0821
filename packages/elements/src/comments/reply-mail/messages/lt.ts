// lietuvių (lt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'El. paštas atsakymams',
  'comments.form.email-hint':
    'Kai patvirtinsite adresą, atsiųsime Jums el. laišką, kai kas nors atsakys, ne dažniau kaip kartą per valandą. Adresas niekada nerodomas.',
  'comments.form.email-error': 'Įveskite tinkamo formato el. pašto adresą, pavyzdžiui, vardas@example.com.',
  'comments.posted-email':
    'Jei šis adresas mums naujas, atidarykite nuorodą, kurią išsiuntėme šiuo adresu, kad gautumėte el. laiškus apie atsakymus.',
};

export default messages;
