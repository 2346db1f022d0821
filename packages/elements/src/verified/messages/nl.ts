// Nederlands (nl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Alleen geverifieerde deelnemers kunnen hier meedoen.',
  'eligibility.sign-in': 'Inloggen om mee te doen',
  'error.verification-required': 'Alleen geverifieerde deelnemers kunnen hier meedoen. Log in en probeer het opnieuw.',
  'error.not-eligible': 'Uw account voldoet niet aan de voorwaarden om hier mee te doen.',
};

export default messages;
