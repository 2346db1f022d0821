// Tiếng Việt (vi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Đang tải cuộc thăm dò…',
  'poll.vote': 'Bình chọn',
  'poll.submitting': 'Đang gửi bình chọn…',
  'poll.change-vote': 'Thay đổi bình chọn',
  'poll.keep-vote': 'Giữ nguyên bình chọn',
  'poll.hint-single': 'Chọn một phương án.',
  'poll.hint-multiple': { other: 'Chọn tối đa {count} phương án.' },
  'poll.max-reached': { other: 'Quý vị đã chọn đủ số lượng tối đa là {count} phương án.' },
  'poll.need-choice': 'Vui lòng chọn một phương án trước khi bình chọn.',
  'poll.voted': 'Xin cảm ơn. Bình chọn của quý vị đã được ghi nhận.',
  'poll.vote-changed': 'Bình chọn của quý vị đã được thay đổi.',
  'poll.you-voted': 'Quý vị đã bình chọn trong cuộc thăm dò này.',
  'poll.your-choice': '(✓ lựa chọn của quý vị)',
  'poll.votes': { '=0': 'chưa có lượt bình chọn', other: '{count} lượt bình chọn' },
  'poll.participants': { '=0': 'Chưa có ai bình chọn.', other: '{count} người đã bình chọn.' },
  'poll.closes': 'Kết thúc {relative} ({date}).',
  'poll.opens': 'Cuộc thăm dò này sẽ bắt đầu {relative} ({date}).',
  'poll.closed-on': 'Cuộc thăm dò này đã kết thúc vào ngày {date}.',
  'poll.closed': 'Cuộc thăm dò này đã kết thúc.',
  'poll.results': 'Kết quả',
  'poll.results-after-vote': 'Kết quả sẽ hiển thị sau khi quý vị bình chọn.',
  'poll.results-after-close': 'Kết quả sẽ hiển thị khi cuộc thăm dò kết thúc.',
  'poll.results-never': 'Kết quả của cuộc thăm dò này không được công bố.',
  'poll.error.already-done': 'Quý vị đã bình chọn trong cuộc thăm dò này.',
  'poll.error.closed': 'Cuộc thăm dò này không còn nhận bình chọn.',
};

export default messages;
