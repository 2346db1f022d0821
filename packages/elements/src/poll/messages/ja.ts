// 日本語 (ja): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': '投票を読み込んでいます…',
  'poll.vote': '投票する',
  'poll.submitting': '投票を送信しています…',
  'poll.change-vote': '投票を変更する',
  'poll.keep-vote': '投票を変更しない',
  'poll.hint-single': '選択肢を 1 つ選んでください。',
  'poll.hint-multiple': { other: '最大 {count} 個まで選べます。' },
  'poll.max-reached': { other: '選べる上限（{count} 個）に達しました。' },
  'poll.need-choice': '投票する前に、選択肢を選んでください。',
  'poll.voted': 'ありがとうございます。投票を受け付けました。',
  'poll.vote-changed': '投票を変更しました。',
  'poll.you-voted': 'この投票には投票済みです。',
  'poll.your-choice': '（✓ あなたの選択）',
  'poll.votes': { '=0': '投票なし', other: '{count} 票' },
  'poll.participants': { '=0': 'まだ誰も投票していません。', other: '{count} 人が投票しました。' },
  'poll.closes': '締め切り：{relative}（{date}）。',
  'poll.opens': 'この投票の開始：{relative}（{date}）。',
  'poll.closed-on': 'この投票は {date} に終了しました。',
  'poll.closed': 'この投票は終了しました。',
  'poll.results': '結果',
  'poll.results-after-vote': '結果は投票後に表示されます。',
  'poll.results-after-close': '結果は投票の終了後に表示されます。',
  'poll.results-never': 'この投票の結果は公開されません。',
  'poll.error.already-done': 'この投票にはすでに投票しています。',
  'poll.error.closed': 'この投票の受付は終了しました。',
};

export default messages;
