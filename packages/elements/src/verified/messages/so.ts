// Soomaali (so): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Kaliya ka-qaybgalayaasha la xaqiijiyay ayaa halkan ka qaybqaadan kara.',
  'eligibility.sign-in': 'Gal si aad uga qaybqaadato',
  'error.verification-required':
    'Kaliya ka-qaybgalayaasha la xaqiijiyay ayaa halkan ka qaybqaadan kara. Gal, kadibna isku day mar kale.',
  'error.not-eligible': 'Akoonkaagu ma buuxinayo shuruudaha looga qaybqaato halkan.',
};

export default messages;
