// پښتو (ps): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'دلته یوازې تایید شوي ګډونوال ګډون کولای شي.',
  'eligibility.sign-in': 'د ګډون لپاره ننوځئ',
  'error.verification-required': 'دلته یوازې تایید شوي ګډونوال ګډون کولای شي. ننوځئ او بیا هڅه وکړئ.',
  'error.not-eligible': 'ستاسو حساب دلته د ګډون شرطونه نه پوره کوي.',
};

export default messages;
