// 简体中文 (zh-Hans): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': '正在加载请愿…',
  'petition.full-text': '阅读请愿全文',
  'petition.signatures': { '=0': '暂无签名', other: '{count} 个签名' },
  'petition.progress': '签名：{count} / {goal}（{percent}）',
  'petition.milestones': '阶段目标',
  'petition.milestone': { other: '{count} 个签名 — {label}' },
  'petition.reached': '（✓ 已达成）',
  'petition.milestone-reached': '已达成阶段目标：{label}。',
  'petition.closes': '征集签名至 {date}。',
  'petition.opens': '此请愿将于 {date} 开始征集签名。',
  'petition.closed': '此请愿已结束，不再征集签名。',
  'petition.response': '官方回复',
  'petition.responded-on': '发布于 {date}。',
  'petition.recent': '最新签名者',
  'petition.sign': '签署此请愿',
  'petition.name': '姓名',
  'petition.email': '电子邮件地址',
  'petition.email-hint': '我们会向您发送一个链接，用于确认您的签名。',
  'petition.region': '居住地区',
  'petition.region-choose': '请选择您的居住地区',
  'petition.consent': '我同意按照{privacy}所述，处理我的姓名、电子邮件地址和所在地区，以记录我的签名。',
  'petition.privacy-notice': '隐私声明',
  'petition.show-name': '在公开的签名者名单中显示我的姓名',
  'petition.submit': '签署请愿',
  'petition.submitting': '正在签署…',
  'petition.error-summary': '出现问题',
  'petition.error.name': '请输入您的姓名。',
  'petition.error.email-empty': '请输入您的电子邮件地址。',
  'petition.error.email': '请输入格式正确的电子邮件地址，例如 name@example.com。',
  'petition.error.region': '请选择您的居住地区。',
  'petition.error.consent': '您必须先同意，才能签署。',
  'petition.check-email': '请查收电子邮件',
  'petition.check-email-body': '我们已向 {email} 发送了一个链接。请打开链接确认您的签名：签名须经确认后才会计入。',
  'petition.check-email-help': '如果几分钟内仍未收到，请检查垃圾邮件文件夹，或使用同一地址再次签署，以获取新的链接。',
  'petition.share': '分享此请愿',
  'petition.copied': '链接已复制。',
};

export default messages;
