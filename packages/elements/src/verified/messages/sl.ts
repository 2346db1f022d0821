// slovenščina (sl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Tu lahko sodelujejo samo preverjeni udeleženci.',
  'eligibility.sign-in': 'Prijava za sodelovanje',
  'error.verification-required': 'Tu lahko sodelujejo samo preverjeni udeleženci. Prijavite se in poskusite znova.',
  'error.not-eligible': 'Vaš račun ne izpolnjuje pogojev za sodelovanje tukaj.',
};

export default messages;
