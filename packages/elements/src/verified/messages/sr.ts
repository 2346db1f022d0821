// српски (sr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Овде могу да учествују само верификовани учесници.',
  'eligibility.sign-in': 'Пријавите се да бисте учествовали',
  'error.verification-required': 'Овде могу да учествују само верификовани учесници. Пријавите се, па покушајте поново.',
  'error.not-eligible': 'Ваш налог не испуњава услове за учешће овде.',
};

export default messages;
