// italiano (it): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Qui possono partecipare solo persone verificate.',
  'eligibility.sign-in': 'Acceda per partecipare',
  'error.verification-required': 'Qui possono partecipare solo persone verificate. Acceda e poi riprovi.',
  'error.not-eligible': 'Il Suo account non soddisfa i requisiti per partecipare qui.',
};

export default messages;
