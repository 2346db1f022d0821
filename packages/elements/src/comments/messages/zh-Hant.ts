// 繁體中文 (zh-Hant): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': '正在載入留言…',
  'comments.count': { '=0': '尚無留言', other: '{count} 則留言' },
  'comments.sort': '排序方式',
  'comments.sort.newest': '最新優先',
  'comments.sort.oldest': '最舊優先',
  'comments.sort.top': '最多人支持',
  'comments.empty': '尚無留言。歡迎發表第一則留言。',
  'comments.more': '顯示更多留言',
  'comments.new': { other: '{count} 則新留言 — 顯示' },
  'comments.closed': '此討論已關閉。您可以閱讀留言，但無法新增留言。',
  'comments.form.title': '發表留言',
  'comments.form.reply-title': '回覆 {name}',
  'comments.form.name': '您的名字',
  'comments.form.name-hint': '留空則以「匿名」身分發表。名字會公開顯示。',
  'comments.form.body': '留言',
  'comments.form.reply-body': '回覆',
  'comments.form.submit': '送出留言',
  'comments.form.submit-reply': '送出回覆',
  'comments.form.submitting': '正在送出…',
  'comments.form.cancel': '取消',
  'comments.form.required': '請輸入留言內容。',
  'comments.form.too-long': '留言不得超過 {max} 個字。',
  'comments.posted': '您的留言已發布。',
  'comments.posted-pending': '謝謝。您的留言經審核人員核准後就會顯示。',
  'comments.pending': '等待審核',
  'comments.upvote': '支持',
  'comments.upvote-label': { '=0': '支持此留言（尚無人支持）', other: '支持此留言（{count} 人支持）' },
  'comments.reply': '回覆',
  'comments.replies-show': { other: '顯示 {count} 則回覆' },
  'comments.replies-hide': { other: '隱藏 {count} 則回覆' },
  'comments.report': '檢舉',
  'comments.delete': '刪除',
};

export default messages;
