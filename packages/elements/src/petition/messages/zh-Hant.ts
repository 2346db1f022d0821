// 繁體中文 (zh-Hant): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': '正在載入請願…',
  'petition.full-text': '閱讀請願全文',
  'petition.signatures': { '=0': '尚無簽名', other: '{count} 個簽名' },
  'petition.progress': '簽名：{count} / {goal}（{percent}）',
  'petition.milestones': '階段目標',
  'petition.milestone': { other: '{count} 個簽名 — {label}' },
  'petition.reached': '（✓ 已達成）',
  'petition.milestone-reached': '已達成階段目標：{label}。',
  'petition.closes': '徵集簽名至 {date}。',
  'petition.opens': '此請願將於 {date} 開始徵集簽名。',
  'petition.closed': '此請願已結束，不再徵集簽名。',
  'petition.response': '官方回應',
  'petition.responded-on': '發布於 {date}。',
  'petition.recent': '最近簽名者',
  'petition.sign': '簽署此請願',
  'petition.name': '姓名',
  'petition.email': '電子郵件地址',
  'petition.email-hint': '我們會寄給您一個連結，用來確認您的簽名。',
  'petition.region': '居住地區',
  'petition.region-choose': '請選擇您的居住地區',
  'petition.consent': '我同意依照{privacy}所述，處理我的姓名、電子郵件地址及所在地區，以記錄我的簽名。',
  'petition.privacy-notice': '隱私權聲明',
  'petition.show-name': '在公開的簽名者名單中顯示我的姓名',
  'petition.submit': '簽署請願',
  'petition.submitting': '正在簽署…',
  'petition.error-summary': '發生問題',
  'petition.error.name': '請輸入您的姓名。',
  'petition.error.email-empty': '請輸入您的電子郵件地址。',
  'petition.error.email': '請輸入格式正確的電子郵件地址，例如 name@example.com。',
  'petition.error.region': '請選擇您的居住地區。',
  'petition.error.consent': '您必須先同意，才能簽署。',
  'petition.check-email': '請查看您的電子郵件',
  'petition.check-email-body': '我們已將連結寄到 {email}。請開啟連結確認您的簽名：簽名須經確認後才會計入。',
  'petition.check-email-help': '如果幾分鐘內仍未收到，請檢查垃圾郵件資料夾，或使用同一個地址再次簽署，以取得新的連結。',
  'petition.share': '分享此請願',
  'petition.copied': '已複製連結。',
};

export default messages;
