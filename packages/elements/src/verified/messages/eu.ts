// euskara (eu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Hemen egiaztatutako parte-hartzaileek soilik har dezakete parte.',
  'eligibility.sign-in': 'Hasi saioa parte hartzeko',
  'error.verification-required':
    'Hemen egiaztatutako parte-hartzaileek soilik har dezakete parte. Hasi saioa eta saiatu berriro.',
  'error.not-eligible': 'Zure kontuak ez ditu betetzen hemen parte hartzeko baldintzak.',
};

export default messages;
