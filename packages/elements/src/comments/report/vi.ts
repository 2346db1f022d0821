// Tiếng Việt (vi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Vì sao quý vị báo cáo bình luận này?',
  'comments.reason.spam': 'Thư rác hoặc quảng cáo',
  'comments.reason.abuse': 'Lăng mạ hoặc xúc phạm',
  'comments.reason.off-topic': 'Lạc đề',
  'comments.reason.personal-data': 'Chứa thông tin cá nhân',
  'comments.reason.other': 'Lý do khác',
  'comments.reported': 'Xin cảm ơn. Bình luận đã được báo cáo cho người kiểm duyệt.',
  'comments.already-reported': 'Quý vị đã báo cáo bình luận này rồi.',
  'comments.delete-menu': 'Xóa bình luận của quý vị? Nội dung và tên của quý vị sẽ bị xóa vĩnh viễn.',
  'comments.delete-yes': 'Xóa bình luận của tôi',
  'comments.delete-no': 'Giữ lại',
  'comments.deleted': 'Bình luận của quý vị đã được xóa.',
};

export default messages;
