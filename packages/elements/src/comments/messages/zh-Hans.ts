// 简体中文 (zh-Hans): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': '正在加载评论…',
  'comments.count': { '=0': '暂无评论', other: '{count} 条评论' },
  'comments.sort': '排序方式',
  'comments.sort.newest': '最新优先',
  'comments.sort.oldest': '最早优先',
  'comments.sort.top': '支持最多',
  'comments.empty': '暂无评论。欢迎发表第一条评论。',
  'comments.more': '显示更多评论',
  'comments.new': { other: '{count} 条新评论 — 显示' },
  'comments.closed': '此讨论已关闭。您可以阅读评论，但不能发表新评论。',
  'comments.form.title': '发表评论',
  'comments.form.reply-title': '回复 {name}',
  'comments.form.name': '您的名字',
  'comments.form.name-hint': '留空则以“匿名”身份发表。名字将公开显示。',
  'comments.form.body': '评论',
  'comments.form.reply-body': '回复',
  'comments.form.submit': '发表评论',
  'comments.form.submit-reply': '发表回复',
  'comments.form.submitting': '正在发表…',
  'comments.form.cancel': '取消',
  'comments.form.required': '请输入评论内容。',
  'comments.form.too-long': '评论不能超过 {max} 个字。',
  'comments.posted': '您的评论已发表。',
  'comments.posted-pending': '谢谢。您的评论经审核人员批准后将会显示。',
  'comments.pending': '等待审核',
  'comments.upvote': '支持',
  'comments.upvote-label': { '=0': '支持此评论（尚无人支持）', other: '支持此评论（{count} 人支持）' },
  'comments.reply': '回复',
  'comments.replies-show': { other: '显示 {count} 条回复' },
  'comments.replies-hide': { other: '隐藏 {count} 条回复' },
  'comments.report': '举报',
  'comments.delete': '删除',
};

export default messages;
