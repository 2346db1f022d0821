// Igbo (ig): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Email maka nzaghachi',
  'comments.form.email-hint':
    'Mgbe i kwadochara adreesị ahụ, anyị ga-ezitere gị email mgbe mmadụ zaghachiri, ọ karịghị otu ugboro kwa awa. A naghị egosi ya mgbe ọ bụla.',
  'comments.form.email-error': "Tinye adreesị email n'ụdị ziri ezi, dịka aha@example.com.",
  'comments.posted-email': 'Ọ bụrụ na adreesị a bụ ọhụrụ nye anyị, mepee njikọ anyị zigara ya iji nweta email gbasara nzaghachi.',
};

export default messages;
