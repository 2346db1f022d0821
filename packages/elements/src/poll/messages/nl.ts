// Nederlands (nl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Peiling laden…',
  'poll.vote': 'Stemmen',
  'poll.submitting': 'Uw stem wordt verstuurd…',
  'poll.change-vote': 'Uw stem wijzigen',
  'poll.keep-vote': 'Mijn stem behouden',
  'poll.hint-single': 'Kies één antwoord.',
  'poll.hint-multiple': { one: 'Kies 1 antwoord.', other: 'Kies maximaal {count} antwoorden.' },
  'poll.max-reached': {
    one: 'U hebt het maximum van 1 antwoord gekozen.',
    other: 'U hebt het maximum van {count} antwoorden gekozen.',
  },
  'poll.need-choice': 'Kies een antwoord voordat u stemt.',
  'poll.voted': 'Bedankt. Uw stem is opgeslagen.',
  'poll.vote-changed': 'Uw stem is gewijzigd.',
  'poll.you-voted': 'U hebt gestemd in deze peiling.',
  'poll.your-choice': '(✓ uw keuze)',
  'poll.votes': { '=0': 'geen stemmen', one: '{count} stem', other: '{count} stemmen' },
  'poll.participants': {
    '=0': 'Er heeft nog niemand gestemd.',
    one: '{count} persoon heeft gestemd.',
    other: '{count} personen hebben gestemd.',
  },
  'poll.closes': 'Sluit {relative} ({date}).',
  'poll.opens': 'Deze peiling opent {relative} ({date}).',
  'poll.closed-on': 'Deze peiling is gesloten op {date}.',
  'poll.closed': 'Deze peiling is gesloten.',
  'poll.results': 'Uitslag',
  'poll.results-after-vote': 'U ziet de uitslag nadat u hebt gestemd.',
  'poll.results-after-close': 'De uitslag wordt getoond als de peiling is gesloten.',
  'poll.results-never': 'De uitslag van deze peiling wordt niet gepubliceerd.',
  'poll.error.already-done': 'U hebt al gestemd in deze peiling.',
  'poll.error.closed': 'U kunt niet meer stemmen in deze peiling.',
};

export default messages;
