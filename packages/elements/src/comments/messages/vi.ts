// Tiếng Việt (vi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Đang tải bình luận…',
  'comments.count': { '=0': 'Chưa có bình luận', other: '{count} bình luận' },
  'comments.sort': 'Sắp xếp theo',
  'comments.sort.newest': 'Mới nhất trước',
  'comments.sort.oldest': 'Cũ nhất trước',
  'comments.sort.top': 'Được ủng hộ nhiều nhất',
  'comments.empty': 'Chưa có bình luận. Hãy là người đầu tiên bình luận.',
  'comments.more': 'Xem thêm bình luận',
  'comments.new': { other: '{count} bình luận mới — xem' },
  'comments.closed': 'Cuộc thảo luận này đã đóng. Quý vị có thể đọc bình luận nhưng không thể thêm bình luận mới.',
  'comments.form.title': 'Thêm bình luận',
  'comments.form.reply-title': 'Trả lời {name}',
  'comments.form.name': 'Tên của quý vị',
  'comments.form.name-hint': 'Để trống để bình luận dưới tên “Ẩn danh”. Tên được hiển thị công khai.',
  'comments.form.body': 'Bình luận',
  'comments.form.reply-body': 'Trả lời',
  'comments.form.submit': 'Đăng bình luận',
  'comments.form.submit-reply': 'Đăng trả lời',
  'comments.form.submitting': 'Đang đăng…',
  'comments.form.cancel': 'Hủy',
  'comments.form.required': 'Nhập nội dung bình luận.',
  'comments.form.too-long': 'Bình luận không được dài quá {max} ký tự.',
  'comments.posted': 'Bình luận của quý vị đã được đăng.',
  'comments.posted-pending': 'Xin cảm ơn. Bình luận của quý vị sẽ hiển thị sau khi được người kiểm duyệt phê duyệt.',
  'comments.pending': 'Đang chờ kiểm duyệt',
  'comments.upvote': 'Ủng hộ',
  'comments.upvote-label': {
    '=0': 'Ủng hộ bình luận này (chưa có lượt ủng hộ)',
    other: 'Ủng hộ bình luận này ({count} lượt ủng hộ)',
  },
  'comments.reply': 'Trả lời',
  'comments.replies-show': { other: 'Xem {count} trả lời' },
  'comments.replies-hide': { other: 'Ẩn {count} trả lời' },
  'comments.report': 'Báo cáo',
  'comments.delete': 'Xóa',
};

export default messages;
