// português (pt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Apenas pessoas verificadas podem participar aqui.',
  'eligibility.sign-in': 'Iniciar sessão para participar',
  'error.verification-required': 'Apenas pessoas verificadas podem participar aqui. Inicie sessão e tente novamente.',
  'error.not-eligible': 'A sua conta não cumpre as condições para participar aqui.',
};

export default messages;
