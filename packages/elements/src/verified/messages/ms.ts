// Melayu (ms): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Hanya peserta yang disahkan boleh mengambil bahagian di sini.',
  'eligibility.sign-in': 'Log masuk untuk mengambil bahagian',
  'error.verification-required': 'Hanya peserta yang disahkan boleh mengambil bahagian di sini. Log masuk, kemudian cuba lagi.',
  'error.not-eligible': 'Akaun anda tidak memenuhi syarat untuk mengambil bahagian di sini.',
};

export default messages;
