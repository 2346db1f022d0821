// فارسی (fa): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'فقط شرکت‌کنندگان تأییدشده می‌توانند در اینجا مشارکت کنند.',
  'eligibility.sign-in': 'برای مشارکت وارد شوید',
  'error.verification-required': 'فقط شرکت‌کنندگان تأییدشده می‌توانند در اینجا مشارکت کنند. وارد شوید و دوباره تلاش کنید.',
  'error.not-eligible': 'حساب شما شرایط لازم برای مشارکت در اینجا را ندارد.',
};

export default messages;
