// 한국어 (ko): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': '인증된 참여자만 여기에 참여할 수 있습니다.',
  'eligibility.sign-in': '로그인하고 참여하기',
  'error.verification-required': '인증된 참여자만 여기에 참여할 수 있습니다. 로그인한 후 다시 시도해 주세요.',
  'error.not-eligible': '이 계정은 여기에 참여할 수 있는 조건을 충족하지 않습니다.',
};

export default messages;
