// hrvatski (hr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Učitavanje ankete…',
  'poll.vote': 'Glasajte',
  'poll.submitting': 'Šaljemo Vaš glas…',
  'poll.change-vote': 'Promijenite glas',
  'poll.keep-vote': 'Zadržite svoj glas',
  'poll.hint-single': 'Odaberite jednu mogućnost.',
  'poll.hint-multiple': {
    one: 'Odaberite najviše {count} mogućnost.',
    few: 'Odaberite najviše {count} mogućnosti.',
    other: 'Odaberite najviše {count} mogućnosti.',
  },
  'poll.max-reached': {
    one: 'Odabrali ste najveći dopušteni broj mogućnosti: {count}.',
    few: 'Odabrali ste najveći dopušteni broj mogućnosti: {count}.',
    other: 'Odabrali ste najveći dopušteni broj mogućnosti: {count}.',
  },
  'poll.need-choice': 'Odaberite mogućnost prije glasanja.',
  'poll.voted': 'Hvala. Vaš je glas zabilježen.',
  'poll.vote-changed': 'Vaš je glas promijenjen.',
  'poll.you-voted': 'Glasali ste u ovoj anketi.',
  'poll.your-choice': '(✓ Vaš odabir)',
  'poll.votes': { '=0': 'nema glasova', one: '{count} glas', few: '{count} glasa', other: '{count} glasova' },
  'poll.participants': {
    '=0': 'Još nitko nije glasao.',
    one: 'Glasala je {count} osoba.',
    few: 'Glasale su {count} osobe.',
    other: 'Glasalo je {count} osoba.',
  },
  'poll.closes': 'Anketa se zatvara {relative} ({date}).',
  'poll.opens': 'Anketa se otvara {relative} ({date}).',
  'poll.closed-on': 'Anketa je zatvorena {date}.',
  'poll.closed': 'Anketa je zatvorena.',
  'poll.results': 'Rezultati',
  'poll.results-after-vote': 'Rezultati se prikazuju nakon što glasate.',
  'poll.results-after-close': 'Rezultati će biti prikazani kad se anketa zatvori.',
  'poll.results-never': 'Rezultati ove ankete ne objavljuju se.',
  'poll.error.already-done': 'Već ste glasali u ovoj anketi.',
  'poll.error.closed': 'Glasanje u ovoj anketi je završeno.',
};

export default messages;
