import type { Message } from '../../i18n/messages.js';

export const en = {
  'poll.loading': 'Loading poll…',
  'poll.vote': 'Vote',
  'poll.submitting': 'Sending your vote…',
  'poll.change-vote': 'Change your vote',
  'poll.keep-vote': 'Keep my vote',
  'poll.hint-single': 'Choose one option.',
  'poll.hint-multiple': { one: 'Choose 1 option.', other: 'Choose up to {count} options.' },
  'poll.max-reached': {
    one: 'You have chosen the maximum of 1 option.',
    other: 'You have chosen the maximum of {count} options.',
  },
  'poll.need-choice': 'Choose an option before voting.',
  'poll.voted': 'Thank you. Your vote has been recorded.',
  'poll.vote-changed': 'Your vote has been changed.',
  'poll.you-voted': 'You have voted in this poll.',
  'poll.your-choice': '(✓ your choice)',
  'poll.votes': { '=0': 'no votes', one: '{count} vote', other: '{count} votes' },
  'poll.participants': { '=0': 'No one has voted yet.', one: '{count} person has voted.', other: '{count} people have voted.' },
  'poll.closes': 'Closes {relative} ({date}).',
  'poll.opens': 'This poll opens {relative} ({date}).',
  'poll.closed-on': 'This poll closed on {date}.',
  'poll.closed': 'This poll is closed.',
  'poll.results': 'Results',
  'poll.results-after-vote': 'Results are shown after you vote.',
  'poll.results-after-close': 'Results will be shown when the poll closes.',
  'poll.results-never': 'Results of this poll are not published.',
  'poll.error.already-done': 'You have already voted in this poll.',
  'poll.error.closed': 'This poll is no longer open for votes.',
} satisfies Record<string, Message>;

export type PollMessageKey = keyof typeof en;
export type PollMessages = Record<PollMessageKey, Message>;
