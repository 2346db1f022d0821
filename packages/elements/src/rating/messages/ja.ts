// 日本語 (ja): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': '読み込み中…',
  'rating.stars': { other: '星 {count} つ' },
  'rating.yes': 'はい',
  'rating.no': 'いいえ',
  'rating.csat.1': 'とても不満',
  'rating.csat.2': '不満',
  'rating.csat.3': 'どちらともいえない',
  'rating.csat.4': '満足',
  'rating.csat.5': 'とても満足',
  'rating.send': '評価を送信',
  'rating.sending': '送信しています…',
  'rating.choose': '先に評価を選んでください。',
  'rating.thanks': 'ご意見ありがとうございました。',
  'rating.follow-up': '詳しくお聞かせください（任意）',
  'rating.reasons': 'どのような点についてですか？',
  'rating.comment': 'コメント',
  'rating.comment-hint': '氏名や住所などの個人情報は入力しないでください。',
  'rating.send-more': '送信',
  'rating.skip': 'スキップ',
  'rating.done': 'ありがとうございました。いただいたご意見は、このサービスの改善に役立てます。',
  'rating.yours': 'あなたの評価：{score}。',
  'rating.change': '回答を変更する',
  'rating.closed': 'このサービスでは、現在評価を受け付けていません。',
  'rating.average': '5 点満点中 {average} 点',
  'rating.yes-share': '{percent} の人が「役に立った」と回答',
  'rating.count': { '=0': 'まだ評価はありません', other: '（{count} 件の評価）' },
  'rating.details-show': 'すべての評価を表示',
  'rating.details-hide': 'すべての評価を隠す',
  'rating.distribution': '{label}：{count}（{percent}）',
};

export default messages;
