// slovenščina (sl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'E-poštni naslov za obvestila o odgovorih',
  'comments.form.email-hint':
    'Ko kdo odgovori, vam pošljemo e-poštno sporočilo, največ enkrat na uro, potem ko potrdite naslov. Naslov ni nikoli prikazan.',
  'comments.form.email-error': 'Vpišite e-poštni naslov v pravilni obliki, na primer ime@example.com.',
  'comments.posted-email':
    'Če je ta naslov za nas nov, odprite povezavo, ki smo jo poslali nanj, da boste prejemali e-poštna sporočila o odgovorih.',
};

export default messages;
