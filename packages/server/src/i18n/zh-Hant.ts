// 繁體中文 (zh-Hant): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': '請確認您的簽名：{title}',
  'mail.confirm.body':
    '您申請簽署請願「{title}」。\n\n如要確認簽名，請開啟以下連結，然後按下「確認我的簽名」按鈕：\n{link}\n\n此連結在 {duration}內有效。您的簽名須經確認後才會計入。如果您沒有申請簽署，請忽略此郵件：系統不會記錄任何簽名。',
  'mail.confirm.withdraw': '如果您改變主意，可以在請願開放期間撤回您的簽名：\n{withdrawLink}',
  'mail.already.subject': '您已簽署過：{title}',
  'mail.already.body':
    '有人嘗試使用此電子郵件地址簽署請願「{title}」，但此地址已簽署過。每個地址只能簽署一次，因此沒有任何變更。',
  'mail.footer': '{agency}',
  'page.confirm.title': '確認您的簽名',
  'page.confirm.intro': '您申請簽署此請願。您的簽名須經您確認後才會計入。',
  'page.confirm.button': '確認我的簽名',
  'page.confirm.ignore': '如果您沒有申請簽署，請關閉此頁面：系統不會記錄任何簽名。',
  'page.petition': '請願：{title}',
  'page.confirmed.title': '簽名已確認',
  'page.confirmed.body': '謝謝。您的簽名已確認，現已計入。',
  'page.already.title': '簽名先前已確認',
  'page.already.body': '您的簽名先前已確認，只會計算一次。',
  'page.unknown.title': '無法識別此連結',
  'page.unknown.body': '此確認連結無效。請檢查您是否開啟了最近一封郵件中的完整連結，或重新簽署此請願。',
  'page.expired.title': '連結已過期',
  'page.expired.body': '確認連結的有效期限為 {duration}，此連結已過期。請重新簽署此請願，以取得新的連結。',
  'page.closed.title': '請願未開放',
  'page.closed.body': '此請願目前不接受簽名，因此您的簽名未獲確認。',
  'page.refused.title': '確認未被接受',
  'page.refused.body': '請開啟郵件中的連結，然後使用該頁面上的按鈕確認您的簽名。',
  'page.withdraw.title': '撤回您的簽名',
  'page.withdraw.intro': '您的簽名、姓名及電子郵件地址將從此請願中移除。此操作無法復原。',
  'page.withdraw.button': '撤回我的簽名',
  'page.withdraw.ignore': '如果您不想撤回，請關閉此頁面：不會有任何變更。',
  'page.withdrawn.title': '簽名已撤回',
  'page.withdrawn.body': '您的簽名已從請願中移除，您的姓名及電子郵件地址也一併移除。',
  'page.withdraw.closed': '此請願已不再開放，因此其簽名無法再變更。',
  'page.back': '返回請願',
  'page.home': '前往 {agency}',
};

export default messages;
