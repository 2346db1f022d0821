// 한국어 (ko): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': '투표를 불러오는 중…',
  'poll.vote': '투표하기',
  'poll.submitting': '투표를 보내는 중…',
  'poll.change-vote': '투표 변경하기',
  'poll.keep-vote': '투표 유지하기',
  'poll.hint-single': '하나를 선택해 주세요.',
  'poll.hint-multiple': { other: '최대 {count}개까지 선택할 수 있습니다.' },
  'poll.max-reached': { other: '선택할 수 있는 최대 개수({count}개)를 모두 선택했습니다.' },
  'poll.need-choice': '투표하기 전에 항목을 선택해 주세요.',
  'poll.voted': '감사합니다. 투표가 기록되었습니다.',
  'poll.vote-changed': '투표가 변경되었습니다.',
  'poll.you-voted': '이 투표에 참여하셨습니다.',
  'poll.your-choice': '(✓ 내 선택)',
  'poll.votes': { '=0': '투표 없음', other: '{count}표' },
  'poll.participants': { '=0': '아직 투표한 사람이 없습니다.', other: '{count}명이 투표했습니다.' },
  'poll.closes': '{relative} 마감({date}).',
  'poll.opens': '이 투표는 {relative} 시작됩니다({date}).',
  'poll.closed-on': '이 투표는 {date}에 마감되었습니다.',
  'poll.closed': '이 투표는 마감되었습니다.',
  'poll.results': '결과',
  'poll.results-after-vote': '투표한 후에 결과가 표시됩니다.',
  'poll.results-after-close': '투표가 마감되면 결과가 표시됩니다.',
  'poll.results-never': '이 투표의 결과는 공개되지 않습니다.',
  'poll.error.already-done': '이미 이 투표에 참여하셨습니다.',
  'poll.error.closed': '이 투표는 더 이상 참여할 수 없습니다.',
};

export default messages;
