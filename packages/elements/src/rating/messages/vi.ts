// Tiếng Việt (vi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Đang tải…',
  'rating.stars': { other: '{count} sao' },
  'rating.yes': 'Có',
  'rating.no': 'Không',
  'rating.csat.1': 'Rất không hài lòng',
  'rating.csat.2': 'Không hài lòng',
  'rating.csat.3': 'Bình thường',
  'rating.csat.4': 'Hài lòng',
  'rating.csat.5': 'Rất hài lòng',
  'rating.send': 'Gửi đánh giá',
  'rating.sending': 'Đang gửi…',
  'rating.choose': 'Vui lòng chọn mức đánh giá trước.',
  'rating.thanks': 'Cảm ơn quý vị đã góp ý.',
  'rating.follow-up': 'Cho chúng tôi biết thêm (không bắt buộc)',
  'rating.reasons': 'Đánh giá này liên quan đến điều gì?',
  'rating.comment': 'Nhận xét',
  'rating.comment-hint': 'Không ghi thông tin cá nhân, chẳng hạn như họ tên hoặc địa chỉ của quý vị.',
  'rating.send-more': 'Gửi',
  'rating.skip': 'Bỏ qua',
  'rating.done': 'Xin cảm ơn. Góp ý của quý vị giúp chúng tôi cải thiện dịch vụ này.',
  'rating.yours': 'Đánh giá của quý vị: {score}.',
  'rating.change': 'Thay đổi câu trả lời',
  'rating.closed': 'Dịch vụ này hiện không nhận đánh giá.',
  'rating.average': '{average} trên 5',
  'rating.yes-share': '{percent} người thấy nội dung này hữu ích',
  'rating.count': { '=0': 'Chưa có đánh giá', other: '(từ {count} lượt đánh giá)' },
  'rating.details-show': 'Hiển thị tất cả đánh giá',
  'rating.details-hide': 'Ẩn tất cả đánh giá',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
