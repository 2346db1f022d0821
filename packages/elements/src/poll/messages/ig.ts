// Igbo (ig): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Na-ebu ntuli echiche…',
  'poll.vote': 'Tụọ votu',
  'poll.submitting': 'Na-eziga votu gị…',
  'poll.change-vote': 'Gbanwee votu gị',
  'poll.keep-vote': 'Debe votu m',
  'poll.hint-single': 'Họrọ otu nhọrọ.',
  'poll.hint-multiple': { other: 'Họrọ ruo nhọrọ {count}.' },
  'poll.max-reached': { other: 'Ị họrọla nhọrọ {count}, nke bụ oke kachasị.' },
  'poll.need-choice': 'Họrọ otu nhọrọ tupu ị tụọ votu.',
  'poll.voted': 'Daalụ. Edekọla votu gị.',
  'poll.vote-changed': 'Agbanweela votu gị.',
  'poll.you-voted': 'Ị tụọla votu na ntuli echiche a.',
  'poll.your-choice': '(✓ nhọrọ gị)',
  'poll.votes': { '=0': 'enweghị votu', other: 'votu {count}' },
  'poll.participants': { '=0': 'Ọ dịbeghị onye tụrụ votu.', other: 'Mmadụ {count} atụọla votu.' },
  'poll.closes': 'Ọ ga-emechi {relative} ({date}).',
  'poll.opens': 'Ntuli echiche a ga-emeghe {relative} ({date}).',
  'poll.closed-on': 'Ntuli echiche a mechiri na {date}.',
  'poll.closed': 'Emechiela ntuli echiche a.',
  'poll.results': 'Nsonaazụ',
  'poll.results-after-vote': 'A ga-egosi nsonaazụ mgbe ị tụchara votu.',
  'poll.results-after-close': 'A ga-egosi nsonaazụ mgbe ntuli echiche a mechiri.',
  'poll.results-never': 'A naghị ebipụta nsonaazụ ntuli echiche a.',
  'poll.error.already-done': 'Ị tụọlarị votu na ntuli echiche a.',
  'poll.error.closed': 'Ntuli echiche a anaghịzi anabata votu.',
};

export default messages;
