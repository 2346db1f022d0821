import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API 權杖頁面，繁體中文版。 */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API 權杖',
  'tokens.intro':
    'API 權杖可讓指令碼或其他系統代替您使用管理 API，以自動完成工作，例如每晚匯出結果。權杖可執行的操作與您的角色相同（{role}）。',
  'tokens.howTo': '指令碼會在每個請求的 Authorization 標頭中傳送權杖：',
  'tokens.loading': '正在載入您的權杖…',
  'tokens.loadError': '無法載入您的權杖：{detail}',
  'tokens.retry': '重試',
  'tokens.none': '您沒有任何 API 權杖。',
  'tokens.caption': { other: '您的 {count} 個權杖' },
  'col.name': '名稱',
  'col.created': '建立時間',
  'col.lastUsed': '上次使用',
  'col.status': '狀態',
  'col.actions': '操作',
  'tokens.never': '從未使用',
  'tokens.active': '有效',
  'tokens.revoked': '已撤銷',
  'tokens.revoke': '撤銷',
  'create.title': '建立權杖',
  'create.name': '名稱',
  'create.nameHint': '填寫用途，方便日後辨識。例如：每晚匯出結果。',
  'create.submit': '建立權杖',
  'create.working': '正在建立權杖…',
  'create.errorTitle': '權杖未建立',
  'create.nameRequired': '請輸入權杖名稱',
  'created.title': '您的新權杖',
  'created.status': '權杖「{name}」已建立。',
  'created.warning':
    '請立即複製並妥善保存，例如存放在密碼管理工具或自動化工具的機密設定中。權杖不會再次顯示。任何持有權杖的人都能以您的身分操作。',
  'created.label': 'API 權杖「{name}」',
  'created.done': '我已保存',
  copy: '複製權杖',
  copied: '已複製權杖。',
  copyFailed: '權杖已選取：請使用鍵盤或選單複製。',
  'revoke.title': '要撤銷權杖「{name}」嗎？',
  'revoke.body': '使用此權杖的指令碼及系統會立即停止運作。此操作無法復原，但您可以建立新的權杖。',
  'revoke.confirm': '是，撤銷',
  'revoke.done': '權杖「{name}」已撤銷。',
  'revoke.errorTitle': '權杖未撤銷',
  cancel: '取消',
  'role.admin': '管理員',
  'role.editor': '編輯者',
  'role.moderator': '審核人員',
  'role.analyst': '分析人員',
};

export default messages;
