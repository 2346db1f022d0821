// українська (uk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Брати участь тут можуть лише верифіковані учасники.',
  'eligibility.sign-in': 'Увійти, щоб узяти участь',
  'error.verification-required': 'Брати участь тут можуть лише верифіковані учасники. Увійдіть і спробуйте ще раз.',
  'error.not-eligible': 'Ваш обліковий запис не відповідає умовам участі тут.',
};

export default messages;
