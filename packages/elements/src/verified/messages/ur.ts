// اردو (ur): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'یہاں صرف تصدیق شدہ شرکاء حصہ لے سکتے ہیں۔',
  'eligibility.sign-in': 'حصہ لینے کے لیے سائن ان کریں',
  'error.verification-required': 'یہاں صرف تصدیق شدہ شرکاء حصہ لے سکتے ہیں۔ سائن ان کریں اور دوبارہ کوشش کریں۔',
  'error.not-eligible': 'آپ کا اکاؤنٹ یہاں حصہ لینے کی شرائط پوری نہیں کرتا۔',
};

export default messages;
