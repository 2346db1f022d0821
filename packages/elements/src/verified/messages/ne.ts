// नेपाली (ne): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'यहाँ प्रमाणित सहभागीहरू मात्र सहभागी हुन सक्छन्।',
  'eligibility.sign-in': 'सहभागी हुन साइन इन गर्नुहोस्',
  'error.verification-required': 'यहाँ प्रमाणित सहभागीहरू मात्र सहभागी हुन सक्छन्। साइन इन गरेर फेरि प्रयास गर्नुहोस्।',
  'error.not-eligible': 'तपाईंको खाताले यहाँ सहभागी हुने सर्तहरू पूरा गर्दैन।',
};

export default messages;
