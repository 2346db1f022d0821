// Tiếng Việt (vi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Đang tải kiến nghị…',
  'petition.full-text': 'Đọc toàn văn kiến nghị',
  'petition.signatures': { '=0': 'Chưa có chữ ký', other: '{count} chữ ký' },
  'petition.progress': 'Chữ ký: {count} trên {goal} ({percent})',
  'petition.milestones': 'Các mốc chữ ký',
  'petition.milestone': { other: '{count} chữ ký — {label}' },
  'petition.reached': '(✓ đã đạt)',
  'petition.milestone-reached': 'Đã đạt mốc: {label}.',
  'petition.closes': 'Nhận chữ ký đến ngày {date}.',
  'petition.opens': 'Kiến nghị này bắt đầu nhận chữ ký vào ngày {date}.',
  'petition.closed': 'Kiến nghị này đã đóng và không còn nhận chữ ký.',
  'petition.response': 'Phản hồi chính thức',
  'petition.responded-on': 'Công bố ngày {date}.',
  'petition.recent': 'Người ký gần đây',
  'petition.sign': 'Ký kiến nghị này',
  'petition.name': 'Họ và tên',
  'petition.email': 'Địa chỉ email',
  'petition.email-hint': 'Chúng tôi sẽ gửi cho quý vị một đường dẫn để xác nhận chữ ký.',
  'petition.region': 'Nơi cư trú',
  'petition.region-choose': 'Chọn nơi cư trú',
  'petition.consent':
    'Tôi đồng ý để họ tên, địa chỉ email và khu vực của tôi được xử lý nhằm ghi nhận chữ ký, như được mô tả trong {privacy}.',
  'petition.privacy-notice': 'thông báo về quyền riêng tư',
  'petition.show-name': 'Hiển thị công khai tên của tôi trong danh sách người ký',
  'petition.submit': 'Ký kiến nghị',
  'petition.submitting': 'Đang ký…',
  'petition.error-summary': 'Có vấn đề cần kiểm tra',
  'petition.error.name': 'Nhập họ và tên của quý vị.',
  'petition.error.email-empty': 'Nhập địa chỉ email của quý vị.',
  'petition.error.email': 'Nhập địa chỉ email đúng định dạng, ví dụ: ten@example.com.',
  'petition.error.region': 'Chọn nơi cư trú.',
  'petition.error.consent': 'Quý vị cần đồng ý trước khi ký.',
  'petition.check-email': 'Kiểm tra email của quý vị',
  'petition.check-email-body':
    'Chúng tôi đã gửi một đường dẫn đến {email}. Hãy mở đường dẫn đó để xác nhận chữ ký: chữ ký chỉ được tính sau khi đã xác nhận.',
  'petition.check-email-help':
    'Nếu sau vài phút quý vị vẫn chưa nhận được email, hãy kiểm tra thư mục thư rác, hoặc ký lại bằng cùng địa chỉ email để nhận đường dẫn mới.',
  'petition.share': 'Chia sẻ kiến nghị này',
  'petition.copied': 'Đã sao chép đường dẫn.',
};

export default messages;
