// lietuvių (lt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Čia gali dalyvauti tik patvirtinti dalyviai.',
  'eligibility.sign-in': 'Prisijungti ir dalyvauti',
  'error.verification-required': 'Čia gali dalyvauti tik patvirtinti dalyviai. Prisijunkite ir bandykite dar kartą.',
  'error.not-eligible': 'Jūsų paskyra neatitinka dalyvavimo čia sąlygų.',
};

export default messages;
