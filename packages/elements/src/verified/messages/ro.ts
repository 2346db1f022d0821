// română (ro): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Aici pot participa doar persoanele verificate.',
  'eligibility.sign-in': 'Conectați-vă pentru a participa',
  'error.verification-required': 'Aici pot participa doar persoanele verificate. Conectați-vă, apoi încercați din nou.',
  'error.not-eligible': 'Contul dumneavoastră nu îndeplinește condițiile pentru a participa aici.',
};

export default messages;
