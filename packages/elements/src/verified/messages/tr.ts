// Türkçe (tr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Burada yalnızca doğrulanmış katılımcılar katılabilir.',
  'eligibility.sign-in': 'Katılmak için oturum açın',
  'error.verification-required': 'Burada yalnızca doğrulanmış katılımcılar katılabilir. Oturum açıp tekrar deneyin.',
  'error.not-eligible': 'Hesabınız burada katılım koşullarını karşılamıyor.',
};

export default messages;
