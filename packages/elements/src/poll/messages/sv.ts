// svenska (sv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Laddar omröstningen…',
  'poll.vote': 'Rösta',
  'poll.submitting': 'Skickar din röst…',
  'poll.change-vote': 'Ändra din röst',
  'poll.keep-vote': 'Behåll min röst',
  'poll.hint-single': 'Välj ett alternativ.',
  'poll.hint-multiple': { one: 'Välj 1 alternativ.', other: 'Välj upp till {count} alternativ.' },
  'poll.max-reached': {
    one: 'Du har valt det högsta antalet, 1 alternativ.',
    other: 'Du har valt det högsta antalet, {count} alternativ.',
  },
  'poll.need-choice': 'Välj ett alternativ innan du röstar.',
  'poll.voted': 'Tack. Din röst har registrerats.',
  'poll.vote-changed': 'Din röst har ändrats.',
  'poll.you-voted': 'Du har röstat i den här omröstningen.',
  'poll.your-choice': '(✓ ditt val)',
  'poll.votes': { '=0': 'inga röster', one: '{count} röst', other: '{count} röster' },
  'poll.participants': { '=0': 'Ingen har röstat än.', one: '{count} person har röstat.', other: '{count} personer har röstat.' },
  'poll.closes': 'Stänger {relative} ({date}).',
  'poll.opens': 'Omröstningen öppnar {relative} ({date}).',
  'poll.closed-on': 'Omröstningen stängdes den {date}.',
  'poll.closed': 'Omröstningen är stängd.',
  'poll.results': 'Resultat',
  'poll.results-after-vote': 'Resultatet visas när du har röstat.',
  'poll.results-after-close': 'Resultatet visas när omröstningen har stängt.',
  'poll.results-never': 'Resultatet av den här omröstningen publiceras inte.',
  'poll.error.already-done': 'Du har redan röstat i den här omröstningen.',
  'poll.error.closed': 'Det går inte längre att rösta i den här omröstningen.',
};

export default messages;
