// Tiếng Việt (vi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Đang tải…',
  'common.retry': 'Thử lại',
  'common.anonymous': 'Ẩn danh',
  'common.honeypot': 'Để trống ô này',
  'common.optional': '(không bắt buộc)',
  'common.characters-left': { other: 'Còn {count} ký tự' },
  'common.characters-over': { other: 'Vượt quá {count} ký tự' },
  'error.offline': 'Có vẻ như quý vị đang không có kết nối mạng. Vui lòng kiểm tra kết nối.',
  'error.network': 'Hiện không thể kết nối với dịch vụ. Sự cố không phải do phía quý vị.',
  'error.timeout': 'Dịch vụ phản hồi quá lâu. Có thể dịch vụ đang quá tải.',
  'error.not-found': 'Không tìm thấy nội dung này. Có thể nội dung đã bị gỡ bỏ.',
  'error.invalid-input': 'Một số thông tin chưa hợp lệ. Vui lòng kiểm tra và thử lại.',
  'error.already-done': 'Quý vị đã thực hiện thao tác này rồi.',
  'error.closed': 'Mục này đã đóng.',
  'error.rate-limited': 'Quá nhiều lần thử. Vui lòng đợi một lát rồi thử lại.',
  'error.unauthorised': 'Trang web này không được phép sử dụng dịch vụ này.',
  'error.server': 'Đã xảy ra sự cố ở phía chúng tôi, không phải ở phía quý vị.',
  'error.no-backend': 'Chưa cấu hình máy chủ (backend): tiện ích này cần một endpoint.',
  'error.retrying': 'Nội dung sẽ tự tải khi kết nối hoặc dịch vụ hoạt động trở lại.',
  'error.kept': 'Thông tin quý vị đã nhập vẫn được giữ lại: vui lòng thử lại sau giây lát.',
  'error.unknown': 'Đã xảy ra sự cố. Vui lòng thử lại.',
  'time.relative-past': 'chưa đến một phút trước',
};

export default messages;
