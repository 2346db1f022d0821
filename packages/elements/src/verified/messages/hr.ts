// hrvatski (hr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Ovdje mogu sudjelovati samo provjereni sudionici.',
  'eligibility.sign-in': 'Prijavite se za sudjelovanje',
  'error.verification-required': 'Ovdje mogu sudjelovati samo provjereni sudionici. Prijavite se i pokušajte ponovno.',
  'error.not-eligible': 'Vaš račun ne ispunjava uvjete za sudjelovanje ovdje.',
};

export default messages;
