// मराठी (mr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'येथे फक्त पडताळणी झालेले सहभागीच सहभागी होऊ शकतात.',
  'eligibility.sign-in': 'सहभागी होण्यासाठी साइन इन करा',
  'error.verification-required': 'येथे फक्त पडताळणी झालेले सहभागीच सहभागी होऊ शकतात. साइन इन करा आणि पुन्हा प्रयत्न करा.',
  'error.not-eligible': 'आपले खाते येथे सहभागी होण्याच्या अटी पूर्ण करत नाही.',
};

export default messages;
