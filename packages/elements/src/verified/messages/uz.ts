// o‘zbek (uz): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Bu yerda faqat tasdiqlangan ishtirokchilar ishtirok eta oladi.',
  'eligibility.sign-in': 'Ishtirok etish uchun tizimga kirish',
  'error.verification-required':
    'Bu yerda faqat tasdiqlangan ishtirokchilar ishtirok eta oladi. Tizimga kirib, qayta urinib koʻring.',
  'error.not-eligible': 'Hisobingiz bu yerda ishtirok etish shartlariga javob bermaydi.',
};

export default messages;
