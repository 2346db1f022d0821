// አማርኛ (am): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'እዚህ መሳተፍ የሚችሉት የተረጋገጡ ተሳታፊዎች ብቻ ናቸው።',
  'eligibility.sign-in': 'ለመሳተፍ ይግቡ',
  'error.verification-required': 'እዚህ መሳተፍ የሚችሉት የተረጋገጡ ተሳታፊዎች ብቻ ናቸው። ይግቡና እንደገና ይሞክሩ።',
  'error.not-eligible': 'መለያዎ እዚህ ለመሳተፍ የሚያስፈልጉትን መስፈርቶች አያሟላም።',
};

export default messages;
