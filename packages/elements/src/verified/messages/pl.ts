// polski (pl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Tutaj mogą brać udział tylko zweryfikowani uczestnicy.',
  'eligibility.sign-in': 'Zaloguj się, aby wziąć udział',
  'error.verification-required': 'Tutaj mogą brać udział tylko zweryfikowani uczestnicy. Zaloguj się i spróbuj ponownie.',
  'error.not-eligible': 'Twoje konto nie spełnia warunków, aby wziąć tu udział.',
};

export default messages;
