// dansk (da): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Indlæser afstemningen…',
  'poll.vote': 'Stem',
  'poll.submitting': 'Sender din stemme…',
  'poll.change-vote': 'Ændr din stemme',
  'poll.keep-vote': 'Behold min stemme',
  'poll.hint-single': 'Vælg én mulighed.',
  'poll.hint-multiple': { one: 'Vælg 1 mulighed.', other: 'Vælg op til {count} muligheder.' },
  'poll.max-reached': {
    one: 'Du har valgt det største antal: 1 mulighed.',
    other: 'Du har valgt det største antal: {count} muligheder.',
  },
  'poll.need-choice': 'Vælg en mulighed, før du stemmer.',
  'poll.voted': 'Tak. Din stemme er registreret.',
  'poll.vote-changed': 'Din stemme er ændret.',
  'poll.you-voted': 'Du har stemt i denne afstemning.',
  'poll.your-choice': '(✓ dit valg)',
  'poll.votes': { '=0': 'ingen stemmer', one: '{count} stemme', other: '{count} stemmer' },
  'poll.participants': { '=0': 'Ingen har stemt endnu.', one: '{count} person har stemt.', other: '{count} personer har stemt.' },
  'poll.closes': 'Lukker {relative} ({date}).',
  'poll.opens': 'Afstemningen åbner {relative} ({date}).',
  'poll.closed-on': 'Afstemningen lukkede den {date}.',
  'poll.closed': 'Afstemningen er lukket.',
  'poll.results': 'Resultat',
  'poll.results-after-vote': 'Du kan se resultatet, når du har stemt.',
  'poll.results-after-close': 'Resultatet bliver vist, når afstemningen er lukket.',
  'poll.results-never': 'Resultatet af denne afstemning bliver ikke offentliggjort.',
  'poll.error.already-done': 'Du har allerede stemt i denne afstemning.',
  'poll.error.closed': 'Det er ikke længere muligt at stemme i denne afstemning.',
};

export default messages;
