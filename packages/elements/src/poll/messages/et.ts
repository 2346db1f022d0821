// eesti (et): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Küsitluse laadimine…',
  'poll.vote': 'Hääleta',
  'poll.submitting': 'Teie häält saadetakse…',
  'poll.change-vote': 'Muuda oma häält',
  'poll.keep-vote': 'Jäta minu hääl alles',
  'poll.hint-single': 'Valige üks vastusevariant.',
  'poll.hint-multiple': { one: 'Valige 1 vastusevariant.', other: 'Valige kuni {count} vastusevarianti.' },
  'poll.max-reached': {
    one: 'Olete valinud maksimaalselt lubatud 1 vastusevariandi.',
    other: 'Olete valinud maksimaalselt lubatud {count} vastusevarianti.',
  },
  'poll.need-choice': 'Valige enne hääletamist vastusevariant.',
  'poll.voted': 'Aitäh! Teie hääl on salvestatud.',
  'poll.vote-changed': 'Teie hääl on muudetud.',
  'poll.you-voted': 'Olete selles küsitluses hääletanud.',
  'poll.your-choice': '(✓ teie valik)',
  'poll.votes': { '=0': 'hääli pole', one: '{count} hääl', other: '{count} häält' },
  'poll.participants': {
    '=0': 'Keegi pole veel hääletanud.',
    one: '{count} inimene on hääletanud.',
    other: '{count} inimest on hääletanud.',
  },
  'poll.closes': 'Sulgub {relative} ({date}).',
  'poll.opens': 'See küsitlus avaneb {relative} ({date}).',
  'poll.closed-on': 'See küsitlus on suletud. Sulgemise aeg: {date}.',
  'poll.closed': 'See küsitlus on suletud.',
  'poll.results': 'Tulemused',
  'poll.results-after-vote': 'Tulemusi näete pärast hääletamist.',
  'poll.results-after-close': 'Tulemusi näidatakse pärast küsitluse sulgemist.',
  'poll.results-never': 'Selle küsitluse tulemusi ei avaldata.',
  'poll.error.already-done': 'Olete selles küsitluses juba hääletanud.',
  'poll.error.closed': 'Selles küsitluses ei saa enam hääletada.',
};

export default messages;
