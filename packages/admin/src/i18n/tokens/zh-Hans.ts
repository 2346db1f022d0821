import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API 令牌页面，简体中文版。 */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API 令牌',
  'tokens.intro':
    'API 令牌可让脚本或其他系统代您使用管理 API，以自动完成各项工作，例如每晚导出结果。令牌的权限与您的角色相同（{role}）。',
  'tokens.howTo': '脚本在每个请求的 Authorization 标头中发送令牌：',
  'tokens.loading': '正在加载您的令牌…',
  'tokens.loadError': '无法加载您的令牌：{detail}',
  'tokens.retry': '重试',
  'tokens.none': '您没有任何 API 令牌。',
  'tokens.caption': { other: '您的 {count} 个令牌' },
  'col.name': '名称',
  'col.created': '创建时间',
  'col.lastUsed': '上次使用',
  'col.status': '状态',
  'col.actions': '操作',
  'tokens.never': '从未使用',
  'tokens.active': '有效',
  'tokens.revoked': '已撤销',
  'tokens.revoke': '撤销',
  'create.title': '创建令牌',
  'create.name': '名称',
  'create.nameHint': '填写用途，以便日后识别。例如：每晚导出结果。',
  'create.submit': '创建令牌',
  'create.working': '正在创建令牌…',
  'create.errorTitle': '未能创建令牌',
  'create.nameRequired': '请输入令牌名称',
  'created.title': '您的新令牌',
  'created.status': '令牌“{name}”已创建。',
  'created.warning':
    '请立即复制并妥善保存，例如保存在密码管理器或自动化工具的机密设置中。令牌不会再次显示。任何持有该令牌的人都能以您的身份进行操作。',
  'created.label': 'API 令牌“{name}”',
  'created.done': '我已保存',
  copy: '复制令牌',
  copied: '令牌已复制。',
  copyFailed: '令牌已选中：请使用键盘或菜单复制。',
  'revoke.title': '要撤销令牌“{name}”吗？',
  'revoke.body': '使用该令牌的脚本和系统将立即停止工作。此操作无法撤消，但您可以创建新令牌。',
  'revoke.confirm': '是，撤销',
  'revoke.done': '令牌“{name}”已撤销。',
  'revoke.errorTitle': '未能撤销令牌',
  cancel: '取消',
  'role.admin': '管理员',
  'role.editor': '编辑',
  'role.moderator': '审核员',
  'role.analyst': '分析员',
};

export default messages;
