// slovenščina (sl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Nalaganje ankete…',
  'poll.vote': 'Glasuj',
  'poll.submitting': 'Pošiljanje glasu…',
  'poll.change-vote': 'Spremeni glas',
  'poll.keep-vote': 'Ohrani moj glas',
  'poll.hint-single': 'Izberite eno možnost.',
  'poll.hint-multiple': {
    one: 'Izberite največ {count} možnost.',
    two: 'Izberite največ {count} možnosti.',
    few: 'Izberite največ {count} možnosti.',
    other: 'Izberite največ {count} možnosti.',
  },
  'poll.max-reached': {
    one: 'Izbrali ste največje dovoljeno število možnosti ({count}).',
    two: 'Izbrali ste največje dovoljeno število možnosti ({count}).',
    few: 'Izbrali ste največje dovoljeno število možnosti ({count}).',
    other: 'Izbrali ste največje dovoljeno število možnosti ({count}).',
  },
  'poll.need-choice': 'Pred glasovanjem izberite možnost.',
  'poll.voted': 'Hvala. Vaš glas je zabeležen.',
  'poll.vote-changed': 'Vaš glas je spremenjen.',
  'poll.you-voted': 'V tej anketi ste že glasovali.',
  'poll.your-choice': '(✓ vaša izbira)',
  'poll.votes': {
    '=0': 'ni glasov',
    one: '{count} glas',
    two: '{count} glasova',
    few: '{count} glasovi',
    other: '{count} glasov',
  },
  'poll.participants': {
    '=0': 'Nihče še ni glasoval.',
    one: 'Glasovala je {count} oseba.',
    two: 'Glasovali sta {count} osebi.',
    few: 'Glasovale so {count} osebe.',
    other: 'Glasovalo je {count} oseb.',
  },
  'poll.closes': 'Anketa se zapre {relative} ({date}).',
  'poll.opens': 'Anketa se odpre {relative} ({date}).',
  'poll.closed-on': 'Anketa je zaprta. Datum zaprtja: {date}.',
  'poll.closed': 'Anketa je zaprta.',
  'poll.results': 'Rezultati',
  'poll.results-after-vote': 'Rezultati bodo prikazani, ko boste glasovali.',
  'poll.results-after-close': 'Rezultati bodo prikazani, ko se anketa zapre.',
  'poll.results-never': 'Rezultati te ankete se ne objavijo.',
  'poll.error.already-done': 'V tej anketi ste že glasovali.',
  'poll.error.closed': 'Glasovanje v tej anketi ni več mogoče.',
};

export default messages;
