// norsk bokmål (nb): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Bare verifiserte deltakere kan delta her.',
  'eligibility.sign-in': 'Logg inn for å delta',
  'error.verification-required': 'Bare verifiserte deltakere kan delta her. Logg inn og prøv igjen.',
  'error.not-eligible': 'Kontoen din oppfyller ikke vilkårene for å delta her.',
};

export default messages;
