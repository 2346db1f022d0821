// Hausa (ha): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Mahalarta da aka tantance ne kawai za su iya halarta a nan.',
  'eligibility.sign-in': 'Ku shiga don halarta',
  'error.verification-required': 'Mahalarta da aka tantance ne kawai za su iya halarta a nan. Ku shiga, sannan ku sake gwadawa.',
  'error.not-eligible': 'Asusunku bai cika sharuɗɗan halarta a nan ba.',
};

export default messages;
