// 简体中文 (zh-Hans): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': '只有经过验证的参与者才能在此参与。',
  'eligibility.sign-in': '登录后参与',
  'error.verification-required': '只有经过验证的参与者才能在此参与。请登录后重试。',
  'error.not-eligible': '您的账户不符合在此参与的条件。',
};

export default messages;
