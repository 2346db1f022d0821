// español (es): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Aquí solo pueden participar personas verificadas.',
  'eligibility.sign-in': 'Inicia sesión para participar',
  'error.verification-required': 'Aquí solo pueden participar personas verificadas. Inicia sesión e inténtalo de nuevo.',
  'error.not-eligible': 'Tu cuenta no cumple las condiciones para participar aquí.',
};

export default messages;
