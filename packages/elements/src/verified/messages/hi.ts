// हिन्दी (hi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'यहाँ केवल सत्यापित प्रतिभागी ही भाग ले सकते हैं।',
  'eligibility.sign-in': 'भाग लेने के लिए साइन इन करें',
  'error.verification-required': 'यहाँ केवल सत्यापित प्रतिभागी ही भाग ले सकते हैं। साइन इन करें और फिर से कोशिश करें।',
  'error.not-eligible': 'आपका खाता यहाँ भाग लेने की शर्तें पूरी नहीं करता।',
};

export default messages;
