// suomi (fi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Sähköposti vastauksia varten',
  'comments.form.email-hint':
    'Lähetämme sinulle sähköpostia, kun joku vastaa, enintään kerran tunnissa, kun olet vahvistanut osoitteen. Osoitetta ei näytetä koskaan.',
  'comments.form.email-error': 'Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@example.com.',
  'comments.posted-email':
    'Jos tämä osoite on meille uusi, avaa linkki, jonka lähetimme siihen, niin saat sähköpostia vastauksista.',
};

export default messages;
