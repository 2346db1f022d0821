// čeština (cs): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Zapojit se tu mohou jen ověření účastníci.',
  'eligibility.sign-in': 'Přihlásit se k účasti',
  'error.verification-required': 'Zapojit se tu mohou jen ověření účastníci. Přihlaste se a zkuste to znovu.',
  'error.not-eligible': 'Váš účet nesplňuje podmínky, abyste se tu mohli zapojit.',
};

export default messages;
