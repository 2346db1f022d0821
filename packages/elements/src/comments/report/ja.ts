// 日本語 (ja): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'このコメントを通報する理由は何ですか？',
  'comments.reason.spam': 'スパムまたは広告',
  'comments.reason.abuse': '誹謗中傷や不快な内容',
  'comments.reason.off-topic': '話題と関係のない内容',
  'comments.reason.personal-data': '個人情報が含まれている',
  'comments.reason.other': 'その他',
  'comments.reported': 'ありがとうございます。このコメントを管理者に通報しました。',
  'comments.already-reported': 'このコメントはすでに通報済みです。',
  'comments.delete-menu': 'コメントを削除しますか？本文とお名前は完全に消去されます。',
  'comments.delete-yes': 'コメントを削除する',
  'comments.delete-no': '削除しない',
  'comments.deleted': 'コメントを削除しました。',
};

export default messages;
