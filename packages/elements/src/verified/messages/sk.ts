// slovenčina (sk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Zapojiť sa tu môžu len overení účastníci.',
  'eligibility.sign-in': 'Prihlásiť sa k účasti',
  'error.verification-required': 'Zapojiť sa tu môžu len overení účastníci. Prihláste sa a skúste to znova.',
  'error.not-eligible': 'Váš účet nespĺňa podmienky, aby ste sa tu mohli zapojiť.',
};

export default messages;
