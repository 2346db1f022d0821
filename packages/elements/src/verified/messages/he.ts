// עברית (he): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'ההשתתפות כאן מיועדת למשתתפים מאומתים בלבד.',
  'eligibility.sign-in': 'להיכנס כדי להשתתף',
  'error.verification-required': 'ההשתתפות כאן מיועדת למשתתפים מאומתים בלבד. יש להיכנס ולנסות שוב.',
  'error.not-eligible': 'החשבון שלך לא עומד בתנאים להשתתפות כאן.',
};

export default messages;
