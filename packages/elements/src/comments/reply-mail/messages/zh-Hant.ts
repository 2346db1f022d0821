// 繁體中文 (zh-Hant): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': '接收回覆通知的電子郵件地址',
  'comments.form.email-hint': '確認地址後，有人回覆時我們會寄郵件給您，每小時最多一次。此地址不會公開顯示。',
  'comments.form.email-error': '請輸入格式正確的電子郵件地址，例如 name@example.com。',
  'comments.posted-email': '如果這是我們首次收到此地址，請開啟我們寄到該地址的連結，以接收回覆通知郵件。',
};

export default messages;
