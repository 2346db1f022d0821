// Tiếng Việt (vi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'Email nhận thông báo trả lời',
  'comments.form.email-hint':
    'Sau khi quý vị xác nhận địa chỉ, chúng tôi sẽ gửi email khi có người trả lời, tối đa một lần mỗi giờ. Địa chỉ không bao giờ được hiển thị.',
  'comments.form.email-error': 'Nhập địa chỉ email đúng định dạng, ví dụ: ten@example.com.',
  'comments.posted-email':
    'Nếu đây là địa chỉ mới đối với chúng tôi, hãy mở đường dẫn chúng tôi đã gửi đến địa chỉ đó để nhận email thông báo trả lời.',
};

export default messages;
