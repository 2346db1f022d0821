// svenska (sv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Bara verifierade deltagare kan delta här.',
  'eligibility.sign-in': 'Logga in för att delta',
  'error.verification-required': 'Bara verifierade deltagare kan delta här. Logga in och försök igen.',
  'error.not-eligible': 'Ditt konto uppfyller inte villkoren för att delta här.',
};

export default messages;
