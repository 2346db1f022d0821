// català (ca): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Aquí només hi poden participar persones verificades.',
  'eligibility.sign-in': 'Inicieu la sessió per participar',
  'error.verification-required': 'Aquí només hi poden participar persones verificades. Inicieu la sessió i torneu-ho a provar.',
  'error.not-eligible': 'El vostre compte no compleix les condicions per participar aquí.',
};

export default messages;
