// 繁體中文 (zh-Hant): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': '正在載入投票…',
  'poll.vote': '投票',
  'poll.submitting': '正在送出您的投票…',
  'poll.change-vote': '變更投票',
  'poll.keep-vote': '保留我的投票',
  'poll.hint-single': '請選擇 1 個選項。',
  'poll.hint-multiple': { other: '最多可選擇 {count} 個選項。' },
  'poll.max-reached': { other: '您已選滿上限：{count} 個選項。' },
  'poll.need-choice': '請先選擇一個選項，再投票。',
  'poll.voted': '謝謝。您的投票已記錄。',
  'poll.vote-changed': '您的投票已變更。',
  'poll.you-voted': '您已參與此投票。',
  'poll.your-choice': '（✓ 您的選擇）',
  'poll.votes': { '=0': '尚無投票', other: '{count} 票' },
  'poll.participants': { '=0': '尚無人投票。', other: '已有 {count} 人投票。' },
  'poll.closes': '{relative}截止（{date}）。',
  'poll.opens': '此投票將於{relative}開始（{date}）。',
  'poll.closed-on': '此投票已於 {date} 結束。',
  'poll.closed': '此投票已結束。',
  'poll.results': '結果',
  'poll.results-after-vote': '投票後即可查看結果。',
  'poll.results-after-close': '投票結束後將公布結果。',
  'poll.results-never': '此投票的結果不予公布。',
  'poll.error.already-done': '您已在此投票中投過票。',
  'poll.error.closed': '此投票已停止接受投票。',
};

export default messages;
