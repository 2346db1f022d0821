// 简体中文 (zh-Hans): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': '正在加载…',
  'common.retry': '重试',
  'common.anonymous': '匿名',
  'common.honeypot': '请勿填写此栏',
  'common.optional': '（选填）',
  'common.characters-left': { other: '还可输入 {count} 个字' },
  'common.characters-over': { other: '已超出 {count} 个字' },
  'error.offline': '您的网络似乎已断开。请检查网络连接。',
  'error.network': '目前无法连接到服务。问题不在您这边。',
  'error.timeout': '服务响应时间过长，可能正忙。',
  'error.not-found': '找不到此内容，可能已被删除。',
  'error.invalid-input': '部分信息无效。请检查后重试。',
  'error.already-done': '您已完成此操作。',
  'error.closed': '此项已关闭。',
  'error.rate-limited': '尝试次数过多。请稍候再试。',
  'error.unauthorised': '此网站无权使用此服务。',
  'error.server': '我们这边出了问题，不是您的原因。',
  'error.no-backend': '未配置后端：此组件需要一个服务端点。',
  'error.retrying': '连接或服务恢复后，此内容将自动加载。',
  'error.kept': '您输入的内容已保留：请稍后重试。',
  'error.unknown': '出了点问题。请重试。',
  'time.relative-past': '不到 1 分钟前',
};

export default messages;
