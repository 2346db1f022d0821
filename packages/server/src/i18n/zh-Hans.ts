// 简体中文 (zh-Hans): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': '请确认您的签名：{title}',
  'mail.confirm.body':
    '您申请签署请愿“{title}”。\n\n如需确认签名，请打开以下链接，然后点击“确认我的签名”按钮：\n{link}\n\n此链接在{duration}内有效。您的签名须经确认后才会计入。如果您没有申请签署，请忽略此邮件：系统不会记录任何签名。',
  'mail.confirm.withdraw': '如果您改变主意，可以在请愿开放期间撤回您的签名：\n{withdrawLink}',
  'mail.already.subject': '您已签署过：{title}',
  'mail.already.body':
    '有人尝试使用此电子邮件地址签署请愿“{title}”，但该地址已签署过此请愿。每个地址只能签署一次，因此没有任何变化。',
  'mail.footer': '{agency}',
  'page.confirm.title': '确认您的签名',
  'page.confirm.intro': '您申请签署此请愿。您的签名须经您确认后才会计入。',
  'page.confirm.button': '确认我的签名',
  'page.confirm.ignore': '如果您没有申请签署，请关闭此页面：系统不会记录任何签名。',
  'page.petition': '请愿：{title}',
  'page.confirmed.title': '签名已确认',
  'page.confirmed.body': '谢谢。您的签名已确认，现已计入。',
  'page.already.title': '签名此前已确认',
  'page.already.body': '您的签名此前已确认，只计算一次。',
  'page.unknown.title': '无法识别此链接',
  'page.unknown.body': '此确认链接无效。请检查您是否打开了最近一封邮件中的完整链接，或重新签署此请愿。',
  'page.expired.title': '链接已过期',
  'page.expired.body': '确认链接的有效期为{duration}，此链接已过期。请重新签署此请愿，以获取新的链接。',
  'page.closed.title': '请愿未开放',
  'page.closed.body': '此请愿目前不接受签名，因此您的签名未获确认。',
  'page.refused.title': '确认未被接受',
  'page.refused.body': '请打开邮件中的链接，然后使用该页面上的按钮确认您的签名。',
  'page.withdraw.title': '撤回您的签名',
  'page.withdraw.intro': '您的签名、姓名和电子邮件地址将从此请愿中删除。此操作无法撤销。',
  'page.withdraw.button': '撤回我的签名',
  'page.withdraw.ignore': '如果您不想撤回，请关闭此页面：不会有任何变化。',
  'page.withdrawn.title': '签名已撤回',
  'page.withdrawn.body': '您的签名已从请愿中删除，您的姓名和电子邮件地址也已一并删除。',
  'page.withdraw.closed': '此请愿已不再开放，因此其签名无法再更改。',
  'page.back': '返回请愿',
  'page.home': '前往 {agency}',
};

export default messages;
