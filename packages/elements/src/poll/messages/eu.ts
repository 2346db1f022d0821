// euskara (eu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Inkesta kargatzen…',
  'poll.vote': 'Bozkatu',
  'poll.submitting': 'Zure botoa bidaltzen…',
  'poll.change-vote': 'Aldatu botoa',
  'poll.keep-vote': 'Mantendu nire botoa',
  'poll.hint-single': 'Hautatu aukera bat.',
  'poll.hint-multiple': { one: 'Hautatu aukera bat.', other: 'Hautatu gehienez {count} aukera.' },
  'poll.max-reached': {
    one: 'Gehienezko aukera kopurua hautatu duzu (1).',
    other: 'Gehienezko aukera kopurua hautatu duzu ({count}).',
  },
  'poll.need-choice': 'Hautatu aukera bat bozkatu aurretik.',
  'poll.voted': 'Eskerrik asko. Zure botoa erregistratu da.',
  'poll.vote-changed': 'Zure botoa aldatu da.',
  'poll.you-voted': 'Inkesta honetan bozkatu duzu.',
  'poll.your-choice': '(✓ zure aukera)',
  'poll.votes': { '=0': 'botorik ez', one: 'boto {count}', other: '{count} boto' },
  'poll.participants': {
    '=0': 'Oraindik ez du inork bozkatu.',
    one: 'Pertsona batek bozkatu du.',
    other: '{count} pertsonak bozkatu dute.',
  },
  'poll.closes': 'Inkesta {relative} itxiko da ({date}).',
  'poll.opens': 'Inkesta hau {relative} irekiko da ({date}).',
  'poll.closed-on': 'Inkesta hau itxita dago (itxiera: {date}).',
  'poll.closed': 'Inkesta hau itxita dago.',
  'poll.results': 'Emaitzak',
  'poll.results-after-vote': 'Emaitzak bozkatu ondoren erakusten dira.',
  'poll.results-after-close': 'Emaitzak inkesta ixten denean erakutsiko dira.',
  'poll.results-never': 'Inkesta honen emaitzak ez dira argitaratzen.',
  'poll.error.already-done': 'Dagoeneko bozkatu duzu inkesta honetan.',
  'poll.error.closed': 'Inkesta honek ez du boto gehiagorik onartzen.',
};

export default messages;
