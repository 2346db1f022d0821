// Ελληνικά (el): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Εδώ μπορούν να συμμετέχουν μόνο επαληθευμένοι συμμετέχοντες.',
  'eligibility.sign-in': 'Συνδεθείτε για να συμμετάσχετε',
  'error.verification-required': 'Εδώ μπορούν να συμμετέχουν μόνο επαληθευμένοι συμμετέχοντες. Συνδεθείτε και δοκιμάστε ξανά.',
  'error.not-eligible': 'Ο λογαριασμός σας δεν πληροί τις προϋποθέσεις για συμμετοχή εδώ.',
};

export default messages;
