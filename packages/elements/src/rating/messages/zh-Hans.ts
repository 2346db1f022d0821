// 简体中文 (zh-Hans): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': '正在加载…',
  'rating.stars': { other: '{count} 星' },
  'rating.yes': '是',
  'rating.no': '否',
  'rating.csat.1': '非常不满意',
  'rating.csat.2': '不满意',
  'rating.csat.3': '一般',
  'rating.csat.4': '满意',
  'rating.csat.5': '非常满意',
  'rating.send': '提交评价',
  'rating.sending': '正在提交…',
  'rating.choose': '请先选择评分。',
  'rating.thanks': '感谢您的反馈。',
  'rating.follow-up': '详细说明（选填）',
  'rating.reasons': '主要涉及哪方面？',
  'rating.comment': '意见',
  'rating.comment-hint': '请勿填写个人信息，例如您的姓名或地址。',
  'rating.send-more': '提交',
  'rating.skip': '跳过',
  'rating.done': '谢谢。您的反馈有助于我们改进这项服务。',
  'rating.yours': '您的评分：{score}。',
  'rating.change': '更改您的回答',
  'rating.closed': '此服务目前不接受评价。',
  'rating.average': '满分 5 分，平均 {average} 分',
  'rating.yes-share': '{percent} 的人认为有帮助',
  'rating.count': { '=0': '暂无评价', other: '（共 {count} 条评价）' },
  'rating.details-show': '显示全部评分',
  'rating.details-hide': '隐藏全部评分',
  'rating.distribution': '{label}：{count}（{percent}）',
};

export default messages;
