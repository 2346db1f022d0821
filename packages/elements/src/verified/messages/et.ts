// eesti (et): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Siin saavad osaleda ainult tuvastatud osalejad.',
  'eligibility.sign-in': 'Logige sisse, et osaleda',
  'error.verification-required': 'Siin saavad osaleda ainult tuvastatud osalejad. Logige sisse ja proovige uuesti.',
  'error.not-eligible': 'Teie konto ei vasta siin osalemise tingimustele.',
};

export default messages;
