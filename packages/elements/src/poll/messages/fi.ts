// suomi (fi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Ladataan kyselyä…',
  'poll.vote': 'Äänestä',
  'poll.submitting': 'Ääntäsi lähetetään…',
  'poll.change-vote': 'Muuta ääntäsi',
  'poll.keep-vote': 'Pidä ääneni ennallaan',
  'poll.hint-single': 'Valitse yksi vaihtoehto.',
  'poll.hint-multiple': { one: 'Valitse 1 vaihtoehto.', other: 'Valitse enintään {count} vaihtoehtoa.' },
  'poll.max-reached': {
    one: 'Olet valinnut enimmäismäärän eli 1 vaihtoehdon.',
    other: 'Olet valinnut enimmäismäärän eli {count} vaihtoehtoa.',
  },
  'poll.need-choice': 'Valitse vaihtoehto ennen kuin äänestät.',
  'poll.voted': 'Kiitos. Äänesi on tallennettu.',
  'poll.vote-changed': 'Äänesi on muutettu.',
  'poll.you-voted': 'Olet äänestänyt tässä kyselyssä.',
  'poll.your-choice': '(✓ valintasi)',
  'poll.votes': { '=0': 'ei ääniä', one: '{count} ääni', other: '{count} ääntä' },
  'poll.participants': {
    '=0': 'Kukaan ei ole vielä äänestänyt.',
    one: '{count} henkilö on äänestänyt.',
    other: '{count} henkilöä on äänestänyt.',
  },
  'poll.closes': 'Sulkeutuu {relative} ({date}).',
  'poll.opens': 'Tämä kysely avautuu {relative} ({date}).',
  'poll.closed-on': 'Tämä kysely sulkeutui {date}.',
  'poll.closed': 'Tämä kysely on suljettu.',
  'poll.results': 'Tulokset',
  'poll.results-after-vote': 'Näet tulokset, kun olet äänestänyt.',
  'poll.results-after-close': 'Tulokset näytetään, kun kysely on sulkeutunut.',
  'poll.results-never': 'Tämän kyselyn tuloksia ei julkaista.',
  'poll.error.already-done': 'Olet jo äänestänyt tässä kyselyssä.',
  'poll.error.closed': 'Tässä kyselyssä ei voi enää äänestää.',
};

export default messages;
