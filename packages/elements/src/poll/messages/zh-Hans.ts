// 简体中文 (zh-Hans): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': '正在加载投票…',
  'poll.vote': '投票',
  'poll.submitting': '正在提交您的投票…',
  'poll.change-vote': '更改投票',
  'poll.keep-vote': '保留我的投票',
  'poll.hint-single': '请选择 1 个选项。',
  'poll.hint-multiple': { other: '最多可选择 {count} 个选项。' },
  'poll.max-reached': { other: '您已选满上限：{count} 个选项。' },
  'poll.need-choice': '请先选择一个选项，再投票。',
  'poll.voted': '谢谢。您的投票已记录。',
  'poll.vote-changed': '您的投票已更改。',
  'poll.you-voted': '您已参与此投票。',
  'poll.your-choice': '（✓ 您的选择）',
  'poll.votes': { '=0': '暂无投票', other: '{count} 票' },
  'poll.participants': { '=0': '尚无人投票。', other: '已有 {count} 人投票。' },
  'poll.closes': '{relative}截止（{date}）。',
  'poll.opens': '此投票将于{relative}开始（{date}）。',
  'poll.closed-on': '此投票已于 {date} 结束。',
  'poll.closed': '此投票已结束。',
  'poll.results': '结果',
  'poll.results-after-vote': '投票后即可查看结果。',
  'poll.results-after-close': '投票结束后将公布结果。',
  'poll.results-never': '此投票的结果不予公布。',
  'poll.error.already-done': '您已在此投票中投过票。',
  'poll.error.closed': '此投票已停止接受投票。',
};

export default messages;
