// Indonesia (id): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Hanya peserta terverifikasi yang dapat berpartisipasi di sini.',
  'eligibility.sign-in': 'Masuk untuk berpartisipasi',
  'error.verification-required': 'Hanya peserta terverifikasi yang dapat berpartisipasi di sini. Masuk, lalu coba lagi.',
  'error.not-eligible': 'Akun Anda tidak memenuhi syarat untuk berpartisipasi di sini.',
};

export default messages;
