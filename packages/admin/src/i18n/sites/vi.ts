import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Trang “Trang web” (các nguồn được phép gửi bình chọn, bình luận, chữ ký và đánh giá), bằng tiếng Việt. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Trang web',
  'sites.intro':
    'Mọi trang web đều có thể hiển thị các tiện ích, nhưng người dân chỉ có thể bình chọn, bình luận, ký và đánh giá trên các trang thuộc những trang web được cho phép tại đây.',
  'sites.loading': 'Đang tải…',
  'sites.loadError': 'Không thể tải danh sách trang web: {detail}',
  'sites.retry': 'Thử lại',
  'sites.readOnly':
    'Chỉ quản trị viên mới có thể thay đổi danh sách này. Vui lòng đề nghị một quản trị viên cho phép trang web của quý vị.',
  'refused.title': 'Trang web bị từ chối gần đây',
  'refused.intro':
    'Các trang thuộc những trang web này đã tìm cách gửi bình chọn, bình luận, chữ ký hoặc đánh giá và bị từ chối. Nếu trang web là của cơ quan quý vị, hãy cho phép trang web đó.',
  'refused.none': 'Gần đây không có trang web nào bị từ chối.',
  'refused.caption': 'Trang web bị từ chối, mới nhất trước',
  'refused.allow': 'Cho phép',
  'refused.note': 'Được cho phép từ danh sách trang web bị từ chối',
  'col.site': 'Trang web',
  'col.refusals': 'Số lần bị từ chối',
  'col.lastRefused': 'Lần bị từ chối gần nhất',
  'col.firstRefused': 'Lần bị từ chối đầu tiên',
  'col.note': 'Ghi chú',
  'col.addedBy': 'Người thêm',
  'col.added': 'Ngày thêm',
  'col.action': 'Thao tác',
  'allowed.title': 'Trang web được cho phép',
  'allowed.caption': 'Trang web được cho phép',
  'allowed.none': 'Chưa có trang web nào được cho phép: người dân chỉ có thể tham gia trên các trang của chính máy chủ này.',
  'allowed.fromEnvironment': 'Cài đặt máy chủ',
  'allowed.fromEnvironmentNote': 'Được đặt trong CIVIC_ALLOWED_ORIGINS: hãy thay đổi trong phần cài đặt của máy chủ.',
  'allowed.remove': 'Gỡ bỏ',
  'confirm.remove': 'Ngừng cho phép {origin}?',
  'confirm.removeBody':
    'Người dân trên các trang của trang web này sẽ không thể bình chọn, bình luận, ký hoặc đánh giá nữa. Các tiện ích đã có trên các trang đó vẫn tiếp tục hiển thị.',
  'confirm.yesRemove': 'Có, gỡ bỏ',
  'confirm.cancel': 'Hủy',
  'add.title': 'Cho phép một trang web',
  'add.origin': 'Địa chỉ của trang web',
  'add.originHint':
    'Ví dụ: https://www.city.gov. Mọi trang của trang web đó đều được cho phép; phần phía sau tên trang web sẽ bị bỏ qua.',
  'add.note': 'Ghi chú (không bắt buộc)',
  'add.noteHint': 'Trang web này là gì và do ai vận hành, để người khác biết lý do được cho phép. Tối đa 200 ký tự.',
  'add.submit': 'Cho phép trang web',
  'add.saving': 'Đang lưu…',
  'add.errorTitle': 'Có vấn đề cần kiểm tra',
  'error.origin': 'Nhập địa chỉ của trang web, ví dụ: https://www.city.gov',
  'error.note': 'Ghi chú không được dài quá 200 ký tự',
  'notice.added': '{origin} đã được cho phép: người dân trên các trang của trang web này giờ đã có thể tham gia.',
  'notice.removed': '{origin} không còn được cho phép.',
};

export default messages;
