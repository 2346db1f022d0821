// Tiếng Việt (vi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'Xác nhận chữ ký của quý vị: {title}',
  'mail.confirm.body':
    'Quý vị đã yêu cầu ký kiến nghị “{title}”.\n\nĐể xác nhận chữ ký, hãy mở đường dẫn này và nhấn nút “Xác nhận chữ ký của tôi”:\n{link}\n\nĐường dẫn có hiệu lực trong {duration}. Chữ ký của quý vị chỉ được tính sau khi đã xác nhận. Nếu quý vị không yêu cầu ký, hãy bỏ qua email này: sẽ không có chữ ký nào được ghi nhận.',
  'mail.confirm.withdraw': 'Nếu quý vị đổi ý, quý vị có thể rút lại chữ ký trong thời gian kiến nghị còn mở:\n{withdrawLink}',
  'mail.already.subject': 'Quý vị đã ký: {title}',
  'mail.already.body':
    'Có người đã tìm cách ký kiến nghị “{title}” bằng địa chỉ email này, nhưng địa chỉ này đã ký trước đó. Mỗi địa chỉ chỉ được ký một lần, vì vậy không có gì thay đổi.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'Xác nhận chữ ký của quý vị',
  'page.confirm.intro': 'Quý vị đã yêu cầu ký kiến nghị này. Chữ ký chỉ được tính sau khi quý vị xác nhận.',
  'page.confirm.button': 'Xác nhận chữ ký của tôi',
  'page.confirm.ignore': 'Nếu quý vị không yêu cầu ký, hãy đóng trang này: sẽ không có chữ ký nào được ghi nhận.',
  'page.petition': 'Kiến nghị: {title}',
  'page.confirmed.title': 'Đã xác nhận chữ ký',
  'page.confirmed.body': 'Xin cảm ơn. Chữ ký của quý vị đã được xác nhận và được tính.',
  'page.already.title': 'Chữ ký đã được xác nhận trước đó',
  'page.already.body': 'Chữ ký của quý vị đã được xác nhận trước đó. Chữ ký chỉ được tính một lần.',
  'page.unknown.title': 'Không nhận dạng được đường dẫn',
  'page.unknown.body':
    'Đường dẫn xác nhận này không hợp lệ. Hãy kiểm tra xem quý vị đã mở đầy đủ đường dẫn trong email gần đây nhất chưa, hoặc ký lại kiến nghị.',
  'page.expired.title': 'Đường dẫn đã hết hạn',
  'page.expired.body':
    'Đường dẫn xác nhận có hiệu lực trong {duration} và đường dẫn này đã hết hạn. Hãy ký lại kiến nghị để nhận đường dẫn mới.',
  'page.closed.title': 'Kiến nghị không mở',
  'page.closed.body': 'Kiến nghị này hiện không nhận chữ ký, vì vậy chữ ký của quý vị chưa được xác nhận.',
  'page.refused.title': 'Xác nhận bị từ chối',
  'page.refused.body': 'Hãy xác nhận chữ ký bằng nút trên trang được mở từ đường dẫn trong email của quý vị.',
  'page.withdraw.title': 'Rút lại chữ ký của quý vị',
  'page.withdraw.intro':
    'Chữ ký, họ tên và địa chỉ email của quý vị sẽ được xóa khỏi kiến nghị này. Thao tác này không thể hoàn tác.',
  'page.withdraw.button': 'Rút lại chữ ký của tôi',
  'page.withdraw.ignore': 'Nếu quý vị không muốn rút lại chữ ký, hãy đóng trang này: sẽ không có gì thay đổi.',
  'page.withdrawn.title': 'Đã rút lại chữ ký',
  'page.withdrawn.body': 'Chữ ký của quý vị đã được xóa khỏi kiến nghị, cùng với họ tên và địa chỉ email.',
  'page.withdraw.closed': 'Kiến nghị này không còn mở, vì vậy các chữ ký không thể thay đổi được nữa.',
  'page.confirm.updates': 'Gửi email cho tôi khi kiến nghị này đạt một mốc, nhận được phản hồi hoặc đóng lại',
  'mail.update.milestone.subject': '{count} chữ ký: {title}',
  'mail.update.milestone.body': 'Kiến nghị “{title}” mà quý vị đã ký đã đạt {count} chữ ký.',
  'mail.update.response.subject': 'Phản hồi cho kiến nghị: {title}',
  'mail.update.response.body': '{agency} đã phản hồi kiến nghị “{title}” mà quý vị đã ký:\n\n{response}',
  'mail.update.closed.subject': 'Kiến nghị đã đóng: {title}',
  'mail.update.closed.body':
    'Kiến nghị “{title}” mà quý vị đã ký đã đóng với {count} chữ ký. Nếu có phản hồi được công bố, quý vị sẽ nhận được qua email.',
  'mail.update.stop':
    'Quý vị nhận được các email này vì đã yêu cầu khi xác nhận chữ ký. Để ngừng nhận, hãy mở đường dẫn này:\n{link}',
  'page.updates.title': 'Ngừng nhận email về kiến nghị này',
  'page.updates.intro': 'Quý vị sẽ không nhận thêm email nào về kiến nghị này. Chữ ký của quý vị vẫn được tính.',
  'page.updates.button': 'Ngừng nhận email',
  'page.updates.stopped.title': 'Đã ngừng gửi email',
  'page.updates.stopped.body': 'Quý vị sẽ không nhận thêm email nào về kiến nghị này. Chữ ký của quý vị vẫn được tính.',
  'mail.replies.confirm.subject': 'Xác nhận việc nhận email thông báo trả lời: {title}',
  'mail.replies.confirm.body':
    'Quý vị đã yêu cầu được thông báo qua email khi có người trả lời bình luận của quý vị trong cuộc thảo luận “{title}”.\n\nĐể xác nhận, hãy mở đường dẫn này và nhấn nút “Xác nhận”:\n{link}\n\nĐường dẫn có hiệu lực trong {duration}. Cho đến khi quý vị xác nhận, chúng tôi sẽ không gửi gì khác cho quý vị. Nếu quý vị không yêu cầu điều này, hãy bỏ qua email này.',
  'mail.replies.digest.subject': 'Trả lời mới cho bình luận của quý vị: {title}',
  'mail.replies.digest.body': 'Có trả lời mới cho bình luận của quý vị trong cuộc thảo luận “{title}”:',
  'mail.replies.reply': '{name} đã viết:',
  'mail.replies.anonymous': 'Ẩn danh',
  'mail.replies.more': 'Các trả lời mới khác: {count}',
  'mail.replies.read': 'Đọc cuộc thảo luận:\n{link}',
  'mail.replies.stop':
    'Quý vị nhận được các email này, tối đa một email mỗi giờ, vì đã yêu cầu khi đăng bình luận. Để ngừng nhận, hãy mở đường dẫn này:\n{link}',
  'page.discussion': 'Thảo luận: {title}',
  'page.replies.confirm.title': 'Xác nhận việc nhận email thông báo trả lời',
  'page.replies.confirm.intro':
    'Quý vị đã yêu cầu được thông báo qua email khi có người trả lời bình luận của quý vị trong cuộc thảo luận này. Chúng tôi sẽ không gửi gì cho đến khi quý vị xác nhận.',
  'page.replies.confirm.button': 'Xác nhận',
  'page.replies.confirm.ignore':
    'Nếu quý vị không yêu cầu điều này, hãy đóng trang này: quý vị sẽ không nhận được email nào về các trả lời.',
  'page.replies.confirmed.title': 'Đã xác nhận việc nhận email thông báo trả lời',
  'page.replies.confirmed.body':
    'Khi có người trả lời bình luận của quý vị trong cuộc thảo luận này, quý vị sẽ nhận được email, tối đa một email mỗi giờ. Mỗi email đều có đường dẫn để ngừng nhận.',
  'page.replies.unknown.body':
    'Đường dẫn này không hợp lệ. Hãy kiểm tra xem quý vị đã mở đầy đủ đường dẫn trong email gần đây nhất chưa.',
  'page.replies.expired.body':
    'Đường dẫn xác nhận có hiệu lực trong {duration} và đường dẫn này đã hết hạn. Hãy nhập lại địa chỉ email vào lần tới khi quý vị đăng bình luận.',
  'page.replies.stop.title': 'Ngừng nhận email thông báo trả lời',
  'page.replies.stop.intro':
    'Quý vị sẽ không nhận thêm email nào về các trả lời trong cuộc thảo luận này. Các bình luận của quý vị vẫn được giữ nguyên.',
  'page.replies.stop.all': 'Đồng thời ngừng nhận email thông báo trả lời trong mọi cuộc thảo luận khác, kể cả sau này',
  'page.replies.stop.button': 'Ngừng nhận email',
  'page.replies.stopped.body': 'Quý vị sẽ không nhận thêm email nào về các trả lời trong cuộc thảo luận này.',
  'page.replies.stopped.all': 'Địa chỉ này sẽ không nhận thêm email nào về các trả lời, trong bất kỳ cuộc thảo luận nào.',
  'page.replies.back': 'Quay lại cuộc thảo luận',
  'page.back': 'Quay lại kiến nghị',
  'page.home': 'Đến trang {agency}',
};

export default messages;
