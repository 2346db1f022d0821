// Hausa (ha): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': "Ana loda ƙuri'ar jin ra'ayi…",
  'poll.vote': "Kaɗa ƙuri'a",
  'poll.submitting': "Ana aika ƙuri'arku…",
  'poll.change-vote': "Sauya ƙuri'arku",
  'poll.keep-vote': "Bar ƙuri'ata yadda take",
  'poll.hint-single': 'Ku zaɓi amsa ɗaya.',
  'poll.hint-multiple': { one: 'Ku zaɓi amsa 1.', other: 'Ku zaɓi amsoshi har guda {count}.' },
  'poll.max-reached': { one: 'Kun zaɓi iyakar amsa 1.', other: 'Kun zaɓi iyakar amsoshi {count}.' },
  'poll.need-choice': "Ku zaɓi amsa kafin ku kaɗa ƙuri'a.",
  'poll.voted': "Mun gode. An adana ƙuri'arku.",
  'poll.vote-changed': "An sauya ƙuri'arku.",
  'poll.you-voted': "Kun kaɗa ƙuri'a a wannan ƙuri'ar jin ra'ayi.",
  'poll.your-choice': '(✓ zaɓinku)',
  'poll.votes': { '=0': "babu ƙuri'a", one: "ƙuri'a {count}", other: "ƙuri'u {count}" },
  'poll.participants': {
    '=0': "Babu wanda ya kaɗa ƙuri'a tukuna.",
    one: "Mutum {count} ya kaɗa ƙuri'a.",
    other: "Mutane {count} sun kaɗa ƙuri'a.",
  },
  'poll.closes': 'Za a rufe {relative} ({date}).',
  'poll.opens': "Za a buɗe wannan ƙuri'ar jin ra'ayi {relative} ({date}).",
  'poll.closed-on': "An rufe wannan ƙuri'ar jin ra'ayi a ranar {date}.",
  'poll.closed': "An rufe wannan ƙuri'ar jin ra'ayi.",
  'poll.results': 'Sakamako',
  'poll.results-after-vote': "Za a nuna sakamako bayan kun kaɗa ƙuri'a.",
  'poll.results-after-close': "Za a nuna sakamako idan an rufe ƙuri'ar jin ra'ayin.",
  'poll.results-never': "Ba a wallafa sakamakon wannan ƙuri'ar jin ra'ayi.",
  'poll.error.already-done': "Kun riga kun kaɗa ƙuri'a a wannan ƙuri'ar jin ra'ayi.",
  'poll.error.closed': "Wannan ƙuri'ar jin ra'ayi ba ta karɓar ƙuri'u yanzu.",
};

export default messages;
