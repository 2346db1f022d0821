// 日本語 (ja): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': '請願を読み込んでいます…',
  'petition.full-text': '請願の全文を読む',
  'petition.signatures': { '=0': 'まだ署名はありません', other: '署名 {count} 件' },
  'petition.progress': '署名：{goal} 件中 {count} 件（{percent}）',
  'petition.milestones': '中間目標',
  'petition.milestone': { other: '署名 {count} 件 — {label}' },
  'petition.reached': '（✓ 達成）',
  'petition.milestone-reached': '中間目標を達成しました：{label}。',
  'petition.closes': '{date} まで署名を受け付けています。',
  'petition.opens': 'この請願の署名受付は {date} に始まります。',
  'petition.closed': 'この請願は終了しました。署名は受け付けていません。',
  'petition.response': '公式回答',
  'petition.responded-on': '{date} に公開。',
  'petition.recent': '最近の署名者',
  'petition.sign': 'この請願に署名する',
  'petition.name': '氏名',
  'petition.email': 'メールアドレス',
  'petition.email-hint': '署名を確認するためのリンクをお送りします。',
  'petition.region': 'お住まいの地域',
  'petition.region-choose': 'お住まいの地域を選んでください',
  'petition.consent': '署名を記録するために、{privacy}に記載のとおり、氏名、メールアドレス、地域が取り扱われることに同意します。',
  'petition.privacy-notice': 'プライバシーポリシー',
  'petition.show-name': '署名者一覧に氏名を公開する',
  'petition.submit': '請願に署名する',
  'petition.submitting': '署名しています…',
  'petition.error-summary': '確認が必要な項目があります',
  'petition.error.name': '氏名を入力してください。',
  'petition.error.email-empty': 'メールアドレスを入力してください。',
  'petition.error.email': 'メールアドレスを正しい形式で入力してください（例：name@example.com）。',
  'petition.error.region': 'お住まいの地域を選んでください。',
  'petition.error.consent': '署名するには、同意していただく必要があります。',
  'petition.check-email': 'メールをご確認ください',
  'petition.check-email-body':
    '{email} にリンクをお送りしました。リンクを開いて、署名を確認してください。署名は確認後に有効になります。',
  'petition.check-email-help':
    '数分たっても届かない場合は、迷惑メールフォルダをご確認いただくか、同じアドレスでもう一度署名して新しいリンクを受け取ってください。',
  'petition.share': 'この請願を共有する',
  'petition.copied': 'リンクをコピーしました。',
};

export default messages;
