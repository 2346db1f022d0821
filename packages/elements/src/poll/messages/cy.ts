// Cymraeg (cy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Wrthi’n llwytho’r arolwg…',
  'poll.vote': 'Pleidleisio',
  'poll.submitting': 'Wrthi’n anfon eich pleidlais…',
  'poll.change-vote': 'Newid eich pleidlais',
  'poll.keep-vote': 'Cadw fy mhleidlais',
  'poll.hint-single': 'Dewiswch un opsiwn.',
  'poll.hint-multiple': {
    zero: 'Dewiswch hyd at {count} opsiwn.',
    one: 'Dewiswch 1 opsiwn.',
    two: 'Dewiswch hyd at {count} opsiwn.',
    few: 'Dewiswch hyd at {count} opsiwn.',
    many: 'Dewiswch hyd at {count} opsiwn.',
    other: 'Dewiswch hyd at {count} opsiwn.',
  },
  'poll.max-reached': {
    zero: 'Rydych chi wedi dewis yr uchafswm o {count} opsiwn.',
    one: 'Rydych chi wedi dewis yr uchafswm o 1 opsiwn.',
    two: 'Rydych chi wedi dewis yr uchafswm o {count} opsiwn.',
    few: 'Rydych chi wedi dewis yr uchafswm o {count} opsiwn.',
    many: 'Rydych chi wedi dewis yr uchafswm o {count} opsiwn.',
    other: 'Rydych chi wedi dewis yr uchafswm o {count} opsiwn.',
  },
  'poll.need-choice': 'Dewiswch opsiwn cyn pleidleisio.',
  'poll.voted': 'Diolch. Mae eich pleidlais wedi’i chofnodi.',
  'poll.vote-changed': 'Mae eich pleidlais wedi’i newid.',
  'poll.you-voted': 'Rydych chi wedi pleidleisio yn yr arolwg hwn.',
  'poll.your-choice': '(✓ eich dewis)',
  'poll.votes': {
    '=0': 'dim pleidleisiau',
    zero: '{count} o bleidleisiau',
    one: '{count} bleidlais',
    two: '{count} bleidlais',
    few: '{count} pleidlais',
    many: '{count} phleidlais',
    other: '{count} o bleidleisiau',
  },
  'poll.participants': {
    '=0': 'Does neb wedi pleidleisio eto.',
    zero: 'Mae {count} o bobl wedi pleidleisio.',
    one: 'Mae {count} person wedi pleidleisio.',
    two: 'Mae {count} berson wedi pleidleisio.',
    few: 'Mae {count} pherson wedi pleidleisio.',
    many: 'Mae {count} pherson wedi pleidleisio.',
    other: 'Mae {count} o bobl wedi pleidleisio.',
  },
  'poll.closes': 'Yn cau {relative} ({date}).',
  'poll.opens': 'Bydd yr arolwg hwn yn agor {relative} ({date}).',
  'poll.closed-on': 'Caeodd yr arolwg hwn ar {date}.',
  'poll.closed': 'Mae’r arolwg hwn wedi cau.',
  'poll.results': 'Canlyniadau',
  'poll.results-after-vote': 'Byddwch chi’n gweld y canlyniadau ar ôl i chi bleidleisio.',
  'poll.results-after-close': 'Bydd y canlyniadau’n cael eu dangos pan fydd yr arolwg yn cau.',
  'poll.results-never': 'Dydy canlyniadau’r arolwg hwn ddim yn cael eu cyhoeddi.',
  'poll.error.already-done': 'Rydych chi wedi pleidleisio yn yr arolwg hwn yn barod.',
  'poll.error.closed': 'Dydy’r arolwg hwn ddim ar agor i bleidleisio mwyach.',
};

export default messages;
