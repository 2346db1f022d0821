// 日本語 (ja): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'コメントを読み込んでいます…',
  'comments.count': { '=0': 'まだコメントはありません', other: 'コメント {count} 件' },
  'comments.sort': '並べ替え',
  'comments.sort.newest': '新しい順',
  'comments.sort.oldest': '古い順',
  'comments.sort.top': '賛同が多い順',
  'comments.empty': 'まだコメントはありません。最初のコメントを投稿してみませんか。',
  'comments.more': 'さらにコメントを表示',
  'comments.new': { other: '新しいコメント {count} 件 — 表示する' },
  'comments.closed': 'この意見交換は終了しました。コメントを読むことはできますが、新たに投稿することはできません。',
  'comments.form.title': 'コメントを書く',
  'comments.form.reply-title': '{name} さんへの返信',
  'comments.form.name': 'お名前',
  'comments.form.name-hint': '空欄の場合は「匿名」として投稿されます。お名前は公開されます。',
  'comments.form.body': 'コメント',
  'comments.form.reply-body': '返信',
  'comments.form.submit': 'コメントを投稿',
  'comments.form.submit-reply': '返信を投稿',
  'comments.form.submitting': '投稿しています…',
  'comments.form.cancel': 'キャンセル',
  'comments.form.required': 'コメントを入力してください。',
  'comments.form.too-long': 'コメントは {max} 文字以内で入力してください。',
  'comments.posted': 'コメントを公開しました。',
  'comments.posted-pending': 'ありがとうございます。コメントは、管理者の承認後に表示されます。',
  'comments.pending': '承認待ち',
  'comments.upvote': '賛同する',
  'comments.upvote-label': {
    '=0': 'このコメントに賛同する（まだ賛同はありません）',
    other: 'このコメントに賛同する（賛同 {count} 件）',
  },
  'comments.reply': '返信',
  'comments.replies-show': { other: '返信 {count} 件を表示' },
  'comments.replies-hide': { other: '返信 {count} 件を隠す' },
  'comments.report': '通報',
  'comments.delete': '削除',
};

export default messages;
