// Kiswahili (sw): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Washiriki waliothibitishwa pekee ndio wanaweza kushiriki hapa.',
  'eligibility.sign-in': 'Ingia ili kushiriki',
  'error.verification-required': 'Washiriki waliothibitishwa pekee ndio wanaweza kushiriki hapa. Ingia, kisha ujaribu tena.',
  'error.not-eligible': 'Akaunti yako haikidhi masharti ya kushiriki hapa.',
};

export default messages;
