// Filipino (fil): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Ang mga beripikadong kalahok lang ang maaaring lumahok dito.',
  'eligibility.sign-in': 'Mag-sign in para makalahok',
  'error.verification-required':
    'Ang mga beripikadong kalahok lang ang maaaring lumahok dito. Mag-sign in, at saka subukang muli.',
  'error.not-eligible': 'Hindi natutugunan ng inyong account ang mga kondisyon para makalahok dito.',
};

export default messages;
