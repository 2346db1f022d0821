// සිංහල (si): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'මෙහි සහභාගි විය හැක්කේ සත්‍යාපිත සහභාගිවන්නන්ට පමණි.',
  'eligibility.sign-in': 'සහභාගි වීමට පුරනය වන්න',
  'error.verification-required': 'මෙහි සහභාගි විය හැක්කේ සත්‍යාපිත සහභාගිවන්නන්ට පමණි. පුරනය වී නැවත උත්සාහ කරන්න.',
  'error.not-eligible': 'ඔබේ ගිණුම මෙහි සහභාගි වීමට අවශ්‍ය කොන්දේසි සපුරාලන්නේ නැත.',
};

export default messages;
