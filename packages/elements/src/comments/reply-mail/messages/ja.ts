// 日本語 (ja): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': '返信通知用のメールアドレス',
  'comments.form.email-hint':
    'アドレスの確認後、返信があったときにメールでお知らせします（1 時間に 1 回まで）。メールアドレスは公開されません。',
  'comments.form.email-error': 'メールアドレスを正しい形式で入力してください（例：name@example.com）。',
  'comments.posted-email':
    '初めてご利用のアドレスの場合は、返信のメール通知を受け取るため、そのアドレスにお送りしたリンクを開いてください。',
};

export default messages;
