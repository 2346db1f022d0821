// 繁體中文 (zh-Hant): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': '您檢舉此留言的原因是什麼？',
  'comments.reason.spam': '垃圾訊息或廣告',
  'comments.reason.abuse': '辱罵或冒犯性內容',
  'comments.reason.off-topic': '與主題無關',
  'comments.reason.personal-data': '包含個人資料',
  'comments.reason.other': '其他原因',
  'comments.reported': '謝謝。此留言已通報審核人員處理。',
  'comments.already-reported': '您已檢舉過此留言。',
  'comments.delete-menu': '要刪除您的留言嗎？留言內容和您的名字將永久清除。',
  'comments.delete-yes': '刪除我的留言',
  'comments.delete-no': '保留',
  'comments.deleted': '您的留言已刪除。',
};

export default messages;
