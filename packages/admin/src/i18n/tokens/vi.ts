import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** Trang mã thông báo API, bằng tiếng Việt. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Mã thông báo API',
  'tokens.intro':
    'Mã thông báo API cho phép một tập lệnh hoặc hệ thống khác thay mặt quý vị sử dụng API quản trị, để tự động hóa các công việc như xuất kết quả hằng đêm. Mã này có thể làm những gì vai trò của quý vị cho phép ({role}).',
  'tokens.howTo': 'Tập lệnh gửi mã thông báo trong tiêu đề Authorization của mỗi yêu cầu:',
  'tokens.loading': 'Đang tải mã thông báo của quý vị…',
  'tokens.loadError': 'Không thể tải mã thông báo của quý vị: {detail}',
  'tokens.retry': 'Thử lại',
  'tokens.none': 'Quý vị chưa có mã thông báo API nào.',
  'tokens.caption': { other: '{count} mã thông báo của quý vị' },
  'col.name': 'Tên',
  'col.created': 'Ngày tạo',
  'col.lastUsed': 'Lần dùng gần nhất',
  'col.status': 'Trạng thái',
  'col.actions': 'Thao tác',
  'tokens.never': 'Chưa bao giờ',
  'tokens.active': 'Đang hiệu lực',
  'tokens.revoked': 'Đã thu hồi',
  'tokens.revoke': 'Thu hồi',
  'create.title': 'Tạo mã thông báo',
  'create.name': 'Tên',
  'create.nameHint': 'Mục đích sử dụng, để sau này quý vị dễ nhận ra. Ví dụ: Xuất kết quả hằng đêm.',
  'create.submit': 'Tạo mã thông báo',
  'create.working': 'Đang tạo mã thông báo…',
  'create.errorTitle': 'Mã thông báo chưa được tạo',
  'create.nameRequired': 'Nhập tên cho mã thông báo',
  'created.title': 'Mã thông báo mới của quý vị',
  'created.status': 'Mã thông báo “{name}” đã được tạo.',
  'created.warning':
    'Hãy sao chép ngay và lưu giữ an toàn, ví dụ trong trình quản lý mật khẩu hoặc phần cài đặt bí mật của công cụ tự động hóa. Mã này sẽ không được hiển thị lại. Bất kỳ ai có mã này đều có thể hành động với tư cách của quý vị.',
  'created.label': 'Mã thông báo API “{name}”',
  'created.done': 'Tôi đã lưu giữ mã',
  copy: 'Sao chép mã thông báo',
  copied: 'Đã sao chép mã thông báo.',
  copyFailed: 'Mã thông báo đã được chọn: hãy sao chép bằng bàn phím hoặc trình đơn.',
  'revoke.title': 'Thu hồi mã thông báo “{name}”?',
  'revoke.body':
    'Các tập lệnh và hệ thống đang dùng mã này sẽ ngừng hoạt động ngay lập tức. Thao tác này không thể hoàn tác, nhưng quý vị có thể tạo mã thông báo mới.',
  'revoke.confirm': 'Có, thu hồi',
  'revoke.done': 'Mã thông báo “{name}” đã bị thu hồi.',
  'revoke.errorTitle': 'Mã thông báo chưa được thu hồi',
  cancel: 'Hủy',
  'role.admin': 'quản trị viên',
  'role.editor': 'biên tập viên',
  'role.moderator': 'người kiểm duyệt',
  'role.analyst': 'chuyên viên phân tích',
};

export default messages;
