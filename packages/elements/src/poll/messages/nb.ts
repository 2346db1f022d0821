// norsk bokmål (nb): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Laster inn avstemningen…',
  'poll.vote': 'Stem',
  'poll.submitting': 'Sender stemmen din…',
  'poll.change-vote': 'Endre stemmen din',
  'poll.keep-vote': 'Behold stemmen min',
  'poll.hint-single': 'Velg ett alternativ.',
  'poll.hint-multiple': { one: 'Velg 1 alternativ.', other: 'Velg opptil {count} alternativer.' },
  'poll.max-reached': {
    one: 'Du har valgt det høyeste antallet: 1 alternativ.',
    other: 'Du har valgt det høyeste antallet: {count} alternativer.',
  },
  'poll.need-choice': 'Velg et alternativ før du stemmer.',
  'poll.voted': 'Takk. Stemmen din er registrert.',
  'poll.vote-changed': 'Stemmen din er endret.',
  'poll.you-voted': 'Du har stemt i denne avstemningen.',
  'poll.your-choice': '(✓ ditt valg)',
  'poll.votes': { '=0': 'ingen stemmer', one: '{count} stemme', other: '{count} stemmer' },
  'poll.participants': { '=0': 'Ingen har stemt ennå.', one: '{count} person har stemt.', other: '{count} personer har stemt.' },
  'poll.closes': 'Stenger {relative} ({date}).',
  'poll.opens': 'Avstemningen åpner {relative} ({date}).',
  'poll.closed-on': 'Avstemningen stengte {date}.',
  'poll.closed': 'Avstemningen er stengt.',
  'poll.results': 'Resultater',
  'poll.results-after-vote': 'Du ser resultatene når du har stemt.',
  'poll.results-after-close': 'Resultatene vises når avstemningen er stengt.',
  'poll.results-never': 'Resultatene av denne avstemningen blir ikke publisert.',
  'poll.error.already-done': 'Du har allerede stemt i denne avstemningen.',
  'poll.error.closed': 'Det er ikke lenger mulig å stemme i denne avstemningen.',
};

export default messages;
