// magyar (hu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Itt csak ellenőrzött résztvevők vehetnek részt.',
  'eligibility.sign-in': 'Jelentkezzen be a részvételhez',
  'error.verification-required': 'Itt csak ellenőrzött résztvevők vehetnek részt. Jelentkezzen be, majd próbálja újra.',
  'error.not-eligible': 'Fiókja nem felel meg az itteni részvétel feltételeinek.',
};

export default messages;
