// Tiếng Việt (vi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'Chỉ những người tham gia đã xác minh mới có thể tham gia tại đây.',
  'eligibility.sign-in': 'Đăng nhập để tham gia',
  'error.verification-required':
    'Chỉ những người tham gia đã xác minh mới có thể tham gia tại đây. Vui lòng đăng nhập rồi thử lại.',
  'error.not-eligible': 'Tài khoản của quý vị không đáp ứng điều kiện để tham gia tại đây.',
};

export default messages;
