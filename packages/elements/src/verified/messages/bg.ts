// български (bg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Тук могат да участват само верифицирани участници.',
  'eligibility.sign-in': 'Влезте, за да участвате',
  'error.verification-required': 'Тук могат да участват само верифицирани участници. Влезте и опитайте отново.',
  'error.not-eligible': 'Профилът Ви не отговаря на условията за участие тук.',
};

export default messages;
