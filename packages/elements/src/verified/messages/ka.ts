// ქართული (ka): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'აქ მონაწილეობა მხოლოდ ვერიფიცირებულ მონაწილეებს შეუძლიათ.',
  'eligibility.sign-in': 'შესვლა მონაწილეობისთვის',
  'error.verification-required': 'აქ მონაწილეობა მხოლოდ ვერიფიცირებულ მონაწილეებს შეუძლიათ. შედით სისტემაში და სცადეთ ხელახლა.',
  'error.not-eligible': 'თქვენი ანგარიში არ აკმაყოფილებს აქ მონაწილეობის პირობებს.',
};

export default messages;
