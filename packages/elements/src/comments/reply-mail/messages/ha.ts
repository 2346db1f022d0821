// Hausa (ha): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Imel don amsoshi',
  'comments.form.email-hint':
    'Za mu aiko muku da imel idan wani ya amsa, sau ɗaya a awa a mafi yawa, bayan kun tabbatar da adireshin. Ba a taɓa nuna shi ba.',
  'comments.form.email-error': 'Ku shigar da adireshin imel a tsarin da ya dace, kamar suna@example.com.',
  'comments.posted-email':
    'Idan wannan adireshi sabo ne a gare mu, ku buɗe mahaɗar da muka aika zuwa gare shi don samun imel game da amsoshi.',
};

export default messages;
