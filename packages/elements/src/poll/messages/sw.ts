// Kiswahili (sw): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Inapakia kura ya maoni…',
  'poll.vote': 'Piga kura',
  'poll.submitting': 'Inatuma kura yako…',
  'poll.change-vote': 'Badilisha kura yako',
  'poll.keep-vote': 'Bakiza kura yangu',
  'poll.hint-single': 'Chagua jibu moja.',
  'poll.hint-multiple': { one: 'Chagua jibu 1.', other: 'Chagua hadi majibu {count}.' },
  'poll.max-reached': {
    one: 'Umechagua idadi ya juu kabisa ya jibu 1.',
    other: 'Umechagua idadi ya juu kabisa ya majibu {count}.',
  },
  'poll.need-choice': 'Chagua jibu kabla ya kupiga kura.',
  'poll.voted': 'Asante. Kura yako imerekodiwa.',
  'poll.vote-changed': 'Kura yako imebadilishwa.',
  'poll.you-voted': 'Umepiga kura katika kura hii ya maoni.',
  'poll.your-choice': '(✓ chaguo lako)',
  'poll.votes': { '=0': 'hakuna kura', one: 'kura {count}', other: 'kura {count}' },
  'poll.participants': {
    '=0': 'Bado hakuna aliyepiga kura.',
    one: 'Mtu mmoja amepiga kura.',
    other: 'Watu {count} wamepiga kura.',
  },
  'poll.closes': 'Itafungwa {relative} ({date}).',
  'poll.opens': 'Kura hii ya maoni itafunguliwa {relative} ({date}).',
  'poll.closed-on': 'Kura hii ya maoni ilifungwa tarehe {date}.',
  'poll.closed': 'Kura hii ya maoni imefungwa.',
  'poll.results': 'Matokeo',
  'poll.results-after-vote': 'Matokeo yataonyeshwa baada ya kupiga kura.',
  'poll.results-after-close': 'Matokeo yataonyeshwa kura ya maoni itakapofungwa.',
  'poll.results-never': 'Matokeo ya kura hii ya maoni hayachapishwi.',
  'poll.error.already-done': 'Tayari umepiga kura katika kura hii ya maoni.',
  'poll.error.closed': 'Kura hii ya maoni haipokei kura tena.',
};

export default messages;
