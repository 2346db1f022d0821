// 简体中文 (zh-Hans): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': '您举报此评论的原因是什么？',
  'comments.reason.spam': '垃圾信息或广告',
  'comments.reason.abuse': '辱骂或冒犯性内容',
  'comments.reason.off-topic': '与主题无关',
  'comments.reason.personal-data': '包含个人信息',
  'comments.reason.other': '其他原因',
  'comments.reported': '谢谢。此评论已提交给审核人员处理。',
  'comments.already-reported': '您已举报过此评论。',
  'comments.delete-menu': '要删除您的评论吗？评论内容和您的名字将被永久清除。',
  'comments.delete-yes': '删除我的评论',
  'comments.delete-no': '保留',
  'comments.deleted': '您的评论已删除。',
};

export default messages;
