// Soomaali (so): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': "Ra'yi-ururinta waa la soo rarayaa…",
  'poll.vote': 'Codee',
  'poll.submitting': 'Codkaaga waa la dirayaa…',
  'poll.change-vote': 'Beddel codkaaga',
  'poll.keep-vote': 'Ha beddelin codkayga',
  'poll.hint-single': 'Dooro hal jawaab.',
  'poll.hint-multiple': { one: 'Dooro 1 jawaab.', other: 'Dooro ilaa {count} jawaab.' },
  'poll.max-reached': {
    one: 'Waxaad dooratay tirada ugu badan ee la oggol yahay: 1 jawaab.',
    other: 'Waxaad dooratay tirada ugu badan ee la oggol yahay: {count} jawaab.',
  },
  'poll.need-choice': 'Dooro jawaab ka hor intaadan codeyn.',
  'poll.voted': 'Mahadsanid. Codkaaga waa la diiwaangeliyay.',
  'poll.vote-changed': 'Codkaaga waa la beddelay.',
  'poll.you-voted': "Waad ka codeysay ra'yi-ururintan.",
  'poll.your-choice': '(✓ doorashadaada)',
  'poll.votes': { '=0': 'cod ma jiro', one: '{count} cod', other: '{count} cod' },
  'poll.participants': { '=0': 'Weli qofna ma codeyn.', one: '{count} qof ayaa codeeyay.', other: '{count} qof ayaa codeeyay.' },
  'poll.closes': 'Waxay xirmaysaa {relative} ({date}).',
  'poll.opens': "Ra'yi-ururintan waxay furmaysaa {relative} ({date}).",
  'poll.closed-on': "Ra'yi-ururintan waxay xirantay {date}.",
  'poll.closed': "Ra'yi-ururintan waa xiran tahay.",
  'poll.results': 'Natiijooyinka',
  'poll.results-after-vote': 'Natiijooyinka waxaa la muujinayaa marka aad codeyso kadib.',
  'poll.results-after-close': "Natiijooyinka waxaa la muujin doonaa marka ra'yi-ururintu xirmato.",
  'poll.results-never': "Natiijooyinka ra'yi-ururintan lama daabaco.",
  'poll.error.already-done': "Horay ayaad uga codeysay ra'yi-ururintan.",
  'poll.error.closed': "Ra'yi-ururintan hadda uma furna codeyn.",
};

export default messages;
