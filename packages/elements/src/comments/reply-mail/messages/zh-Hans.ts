// 简体中文 (zh-Hans): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': '接收回复通知的电子邮件地址',
  'comments.form.email-hint': '确认地址后，有人回复时我们会给您发送邮件，每小时最多一次。此地址不会公开显示。',
  'comments.form.email-error': '请输入格式正确的电子邮件地址，例如 name@example.com。',
  'comments.posted-email': '如果这是我们首次收到此地址，请打开我们发送到该地址的链接，以接收回复通知邮件。',
};

export default messages;
