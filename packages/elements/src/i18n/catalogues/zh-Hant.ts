// 繁體中文 (zh-Hant): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': '載入中…',
  'common.retry': '重試',
  'common.anonymous': '匿名',
  'common.honeypot': '請勿填寫此欄',
  'common.optional': '（選填）',
  'common.characters-left': { other: '還可輸入 {count} 個字' },
  'common.characters-over': { other: '已超出 {count} 個字' },
  'error.offline': '您的網路似乎已中斷。請檢查網路連線。',
  'error.network': '目前無法連線到服務。問題不在您這邊。',
  'error.timeout': '服務回應時間過長，可能正忙碌中。',
  'error.not-found': '找不到此內容，可能已被移除。',
  'error.invalid-input': '部分資料無效。請檢查後再試一次。',
  'error.already-done': '您已完成此操作。',
  'error.closed': '此項目已關閉。',
  'error.rate-limited': '嘗試次數過多。請稍候再試。',
  'error.unauthorised': '此網站無權使用此服務。',
  'error.server': '我們這邊出了問題，不是您的原因。',
  'error.no-backend': '未設定後端：此小工具需要一個服務端點。',
  'error.retrying': '連線或服務恢復後，此內容會自動載入。',
  'error.kept': '您輸入的內容已保留：請稍後再試。',
  'error.unknown': '發生錯誤。請再試一次。',
  'time.relative-past': '不到 1 分鐘前',
};

export default messages;
