// Filipino (fil): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Naglo-load ang botohan…',
  'poll.vote': 'Bumoto',
  'poll.submitting': 'Ipinapadala ang inyong boto…',
  'poll.change-vote': 'Palitan ang inyong boto',
  'poll.keep-vote': 'Panatilihin ang aking boto',
  'poll.hint-single': 'Pumili ng isang opsyon.',
  'poll.hint-multiple': { one: 'Pumili ng hanggang {count} opsyon.', other: 'Pumili ng hanggang {count} opsyon.' },
  'poll.max-reached': {
    one: 'Naabot na ninyo ang pinakamaraming mapipili: {count} opsyon.',
    other: 'Naabot na ninyo ang pinakamaraming mapipili: {count} opsyon.',
  },
  'poll.need-choice': 'Pumili ng opsyon bago bumoto.',
  'poll.voted': 'Salamat. Naitala na ang inyong boto.',
  'poll.vote-changed': 'Napalitan na ang inyong boto.',
  'poll.you-voted': 'Nakaboto na kayo sa botohang ito.',
  'poll.your-choice': '(✓ ang inyong pinili)',
  'poll.votes': { '=0': 'walang boto', one: '{count} boto', other: '{count} boto' },
  'poll.participants': { '=0': 'Wala pang bumoboto.', one: '{count} tao na ang bumoto.', other: '{count} tao na ang bumoto.' },
  'poll.closes': 'Magsasara {relative} ({date}).',
  'poll.opens': 'Magbubukas ang botohang ito {relative} ({date}).',
  'poll.closed-on': 'Nagsara ang botohang ito noong {date}.',
  'poll.closed': 'Sarado na ang botohang ito.',
  'poll.results': 'Mga resulta',
  'poll.results-after-vote': 'Makikita ang mga resulta pagkatapos ninyong bumoto.',
  'poll.results-after-close': 'Ipapakita ang mga resulta kapag nagsara na ang botohan.',
  'poll.results-never': 'Hindi inilalathala ang mga resulta ng botohang ito.',
  'poll.error.already-done': 'Nakaboto na kayo sa botohang ito.',
  'poll.error.closed': 'Hindi na bukas sa pagboto ang botohang ito.',
};

export default messages;
