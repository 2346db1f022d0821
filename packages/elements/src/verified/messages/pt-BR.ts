// português (Brasil) (pt-BR): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Somente pessoas verificadas podem participar aqui.',
  'eligibility.sign-in': 'Entre para participar',
  'error.verification-required': 'Somente pessoas verificadas podem participar aqui. Entre na sua conta e tente novamente.',
  'error.not-eligible': 'Sua conta não atende às condições para participar aqui.',
};

export default messages;
