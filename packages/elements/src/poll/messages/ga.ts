// Gaeilge (ga): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Pobalbhreith á lódáil…',
  'poll.vote': 'Vótáil',
  'poll.submitting': 'Do vóta á sheoladh…',
  'poll.change-vote': 'Athraigh do vóta',
  'poll.keep-vote': 'Coinnigh mo vóta',
  'poll.hint-single': 'Roghnaigh rogha amháin.',
  'poll.hint-multiple': {
    one: 'Roghnaigh rogha amháin.',
    two: 'Roghnaigh suas le {count} rogha.',
    few: 'Roghnaigh suas le {count} rogha.',
    many: 'Roghnaigh suas le {count} rogha.',
    other: 'Roghnaigh suas le {count} rogha.',
  },
  'poll.max-reached': {
    one: 'Tá an líon uasta roghanna roghnaithe agat (1).',
    two: 'Tá an líon uasta roghanna roghnaithe agat ({count}).',
    few: 'Tá an líon uasta roghanna roghnaithe agat ({count}).',
    many: 'Tá an líon uasta roghanna roghnaithe agat ({count}).',
    other: 'Tá an líon uasta roghanna roghnaithe agat ({count}).',
  },
  'poll.need-choice': 'Roghnaigh rogha sula vótálann tú.',
  'poll.voted': 'Go raibh maith agat. Taifeadadh do vóta.',
  'poll.vote-changed': 'Athraíodh do vóta.',
  'poll.you-voted': 'Vótáil tú sa phobalbhreith seo.',
  'poll.your-choice': '(✓ do rogha)',
  'poll.votes': {
    '=0': 'gan aon vóta',
    one: '{count} vóta',
    two: '{count} vóta',
    few: '{count} vóta',
    many: '{count} vóta',
    other: '{count} vóta',
  },
  'poll.participants': {
    '=0': 'Níor vótáil aon duine fós.',
    one: 'Vótáil duine amháin.',
    two: 'Vótáil {count} dhuine.',
    few: 'Vótáil {count} dhuine.',
    many: 'Vótáil {count} nduine.',
    other: 'Vótáil {count} duine.',
  },
  'poll.closes': 'Dúnfaidh an phobalbhreith {relative} ({date}).',
  'poll.opens': 'Osclóidh an phobalbhreith seo {relative} ({date}).',
  'poll.closed-on': 'Dúnadh an phobalbhreith seo ar {date}.',
  'poll.closed': 'Tá an phobalbhreith seo dúnta.',
  'poll.results': 'Torthaí',
  'poll.results-after-vote': 'Taispeántar na torthaí tar éis duit vótáil.',
  'poll.results-after-close': 'Taispeánfar na torthaí nuair a dhúnfar an phobalbhreith.',
  'poll.results-never': 'Ní fhoilsítear torthaí na pobalbhreithe seo.',
  'poll.error.already-done': 'Vótáil tú sa phobalbhreith seo cheana.',
  'poll.error.closed': 'Níl an phobalbhreith seo ar oscailt le haghaidh vótaí a thuilleadh.',
};

export default messages;
