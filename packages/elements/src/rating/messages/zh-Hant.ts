// 繁體中文 (zh-Hant): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': '載入中…',
  'rating.stars': { other: '{count} 顆星' },
  'rating.yes': '是',
  'rating.no': '否',
  'rating.csat.1': '非常不滿意',
  'rating.csat.2': '不滿意',
  'rating.csat.3': '普通',
  'rating.csat.4': '滿意',
  'rating.csat.5': '非常滿意',
  'rating.send': '送出評分',
  'rating.sending': '正在送出…',
  'rating.choose': '請先選擇評分。',
  'rating.thanks': '感謝您的意見回饋。',
  'rating.follow-up': '詳細說明（選填）',
  'rating.reasons': '主要與哪方面有關？',
  'rating.comment': '意見',
  'rating.comment-hint': '請勿填寫個人資料，例如您的姓名或地址。',
  'rating.send-more': '送出',
  'rating.skip': '略過',
  'rating.done': '謝謝。您的意見回饋有助於我們改善這項服務。',
  'rating.yours': '您的評分：{score}。',
  'rating.change': '變更您的回答',
  'rating.closed': '此服務目前不接受評分。',
  'rating.average': '滿分 5 分，平均 {average} 分',
  'rating.yes-share': '{percent} 的人認為有幫助',
  'rating.count': { '=0': '尚無評分', other: '（共 {count} 則評分）' },
  'rating.details-show': '顯示全部評分',
  'rating.details-hide': '隱藏全部評分',
  'rating.distribution': '{label}：{count}（{percent}）',
};

export default messages;
