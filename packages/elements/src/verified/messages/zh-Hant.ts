// 繁體中文 (zh-Hant): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': '只有經過驗證的參與者才能在此參與。',
  'eligibility.sign-in': '登入後參與',
  'error.verification-required': '只有經過驗證的參與者才能在此參與。請登入後再試一次。',
  'error.not-eligible': '您的帳號不符合在此參與的條件。',
};

export default messages;
