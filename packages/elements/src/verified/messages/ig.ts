// Igbo (ig): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Naanị ndị sonyere e nyochara nwere ike isonye ebe a.',
  'eligibility.sign-in': 'Banye ka ị sonye',
  'error.verification-required': 'Naanị ndị sonyere e nyochara nwere ike isonye ebe a. Banye, wee nwaa ọzọ.',
  'error.not-eligible': 'Akaụntụ gị emezughị ihe a chọrọ iji sonye ebe a.',
};

export default messages;
