// français (fr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Seules les personnes vérifiées peuvent participer ici.',
  'eligibility.sign-in': 'Se connecter pour participer',
  'error.verification-required': 'Seules les personnes vérifiées peuvent participer ici. Connectez-vous, puis réessayez.',
  'error.not-eligible': 'Votre compte ne remplit pas les conditions pour participer ici.',
};

export default messages;
