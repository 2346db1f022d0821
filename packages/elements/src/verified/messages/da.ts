// dansk (da): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Kun verificerede deltagere kan være med her.',
  'eligibility.sign-in': 'Log ind for at deltage',
  'error.verification-required': 'Kun verificerede deltagere kan være med her. Log ind, og prøv igen.',
  'error.not-eligible': 'Din konto opfylder ikke betingelserne for at deltage her.',
};

export default messages;
