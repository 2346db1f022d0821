// العربية (ar): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'المشاركة هنا متاحة للمشاركين الموثَّقين فقط.',
  'eligibility.sign-in': 'سجّل الدخول للمشاركة',
  'error.verification-required': 'المشاركة هنا متاحة للمشاركين الموثَّقين فقط. سجّل الدخول، ثم أعد المحاولة.',
  'error.not-eligible': 'حسابك لا يستوفي شروط المشاركة هنا.',
};

export default messages;
