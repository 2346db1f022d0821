// қазақ тілі (kk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Мұнда тек расталған қатысушылар ғана қатыса алады.',
  'eligibility.sign-in': 'Қатысу үшін жүйеге кіру',
  'error.verification-required': 'Мұнда тек расталған қатысушылар ғана қатыса алады. Жүйеге кіріп, қайталап көріңіз.',
  'error.not-eligible': 'Тіркелгіңіз мұнда қатысу шарттарына сай келмейді.',
};

export default messages;
