import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API トークン画面（日本語）。 */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API トークン',
  'tokens.intro':
    'API トークンを使うと、スクリプトや他のシステムがあなたに代わって管理 API を利用し、毎晩の結果のエクスポートなどの作業を自動化できます。トークンでできることは、あなたの役割（{role}）で許可されている範囲です。',
  'tokens.howTo': 'スクリプトは、各リクエストの Authorization ヘッダーでトークンを送信します。',
  'tokens.loading': 'トークンを読み込んでいます…',
  'tokens.loadError': 'トークンを読み込めませんでした：{detail}',
  'tokens.retry': '再試行',
  'tokens.none': 'API トークンはありません。',
  'tokens.caption': { other: 'あなたのトークン（{count} 件）' },
  'col.name': '名前',
  'col.created': '作成日時',
  'col.lastUsed': '最終使用日時',
  'col.status': '状態',
  'col.actions': '操作',
  'tokens.never': '未使用',
  'tokens.active': '有効',
  'tokens.revoked': '失効',
  'tokens.revoke': '失効させる',
  'create.title': 'トークンの作成',
  'create.name': '名前',
  'create.nameHint': '後で見分けられるように、用途を入力します。例：毎晩の結果エクスポート',
  'create.submit': 'トークンを作成',
  'create.working': 'トークンを作成しています…',
  'create.errorTitle': 'トークンは作成されませんでした',
  'create.nameRequired': 'トークンの名前を入力してください',
  'created.title': '新しいトークン',
  'created.status': 'トークン「{name}」を作成しました。',
  'created.warning':
    '今すぐコピーして、パスワード管理ツールや自動化ツールのシークレット設定など、安全な場所に保管してください。トークンは二度と表示されません。トークンを持っている人は誰でも、あなたとして操作できます。',
  'created.label': 'API トークン「{name}」',
  'created.done': '保管しました',
  copy: 'トークンをコピー',
  copied: 'トークンをコピーしました。',
  copyFailed: 'トークンを選択しました。キーボードまたはメニューでコピーしてください。',
  'revoke.title': 'トークン「{name}」を失効させますか？',
  'revoke.body':
    'このトークンを使っているスクリプトやシステムは、すぐに動作しなくなります。この操作は元に戻せませんが、新しいトークンを作成することはできます。',
  'revoke.confirm': '失効させる',
  'revoke.done': 'トークン「{name}」を失効させました。',
  'revoke.errorTitle': 'トークンは失効しませんでした',
  cancel: 'キャンセル',
  'role.admin': '管理者',
  'role.editor': '編集者',
  'role.moderator': 'モデレーター',
  'role.analyst': '分析担当者',
};

export default messages;
