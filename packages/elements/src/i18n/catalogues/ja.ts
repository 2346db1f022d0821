// 日本語 (ja): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': '読み込み中…',
  'common.retry': '再試行',
  'common.anonymous': '匿名',
  'common.honeypot': 'この欄は空欄のままにしてください',
  'common.optional': '（任意）',
  'common.characters-left': { other: 'あと {count} 文字入力できます' },
  'common.characters-over': { other: '{count} 文字超えています' },
  'error.offline': 'オフラインになっているようです。接続を確認してください。',
  'error.network': '現在、サービスに接続できません。お使いの端末や環境の問題ではありません。',
  'error.timeout': 'サービスの応答に時間がかかっています。混み合っている可能性があります。',
  'error.not-found': 'このコンテンツは見つかりませんでした。削除された可能性があります。',
  'error.invalid-input': '入力内容の一部が有効ではありません。ご確認のうえ、もう一度お試しください。',
  'error.already-done': 'この操作はすでに完了しています。',
  'error.closed': '受付は終了しました。',
  'error.rate-limited': '試行回数が多すぎます。しばらく待ってから、もう一度お試しください。',
  'error.unauthorised': 'このサイトには、このサービスの利用が許可されていません。',
  'error.server': 'こちら側で問題が発生しました。お使いの端末や環境の問題ではありません。',
  'error.no-backend': 'バックエンドが設定されていません。このウィジェットにはエンドポイントが必要です。',
  'error.retrying': '接続またはサービスが復旧すると、自動的に読み込まれます。',
  'error.kept': '入力した内容は保持されています。しばらくしてから、もう一度お試しください。',
  'error.unknown': '問題が発生しました。もう一度お試しください。',
  'time.relative-past': 'たった今',
};

export default messages;
