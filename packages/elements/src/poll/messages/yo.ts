// Èdè Yorùbá (yo): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Ìdìbò èrò ń ṣí sílẹ̀…',
  'poll.vote': 'Dìbò',
  'poll.submitting': 'A ń fi ìbò yín ránṣẹ́…',
  'poll.change-vote': 'Yí ìbò yín padà',
  'poll.keep-vote': 'Má yí ìbò mi padà',
  'poll.hint-single': 'Ẹ yan àṣàyàn kan.',
  'poll.hint-multiple': { other: 'Ẹ yan àṣàyàn tí kò ju {count} lọ.' },
  'poll.max-reached': { other: 'Ẹ ti yan iye àṣàyàn tó pọ̀ jù lọ tí a gbà láàyè, ìyẹn {count}.' },
  'poll.need-choice': 'Ẹ yan àṣàyàn kan kí ẹ tó dìbò.',
  'poll.voted': 'Ẹ ṣé. A ti ṣàkọsílẹ̀ ìbò yín.',
  'poll.vote-changed': 'A ti yí ìbò yín padà.',
  'poll.you-voted': 'Ẹ ti dìbò nínú ìdìbò èrò yìí.',
  'poll.your-choice': '(✓ àṣàyàn yín)',
  'poll.votes': { '=0': 'kò sí ìbò', other: 'ìbò {count}' },
  'poll.participants': { '=0': 'Kò tíì sí ẹni tó dìbò.', other: 'Ènìyàn {count} ti dìbò.' },
  'poll.closes': 'Yóò parí {relative} ({date}).',
  'poll.opens': 'Ìdìbò èrò yìí yóò bẹ̀rẹ̀ {relative} ({date}).',
  'poll.closed-on': 'Ìdìbò èrò yìí parí ní {date}.',
  'poll.closed': 'Ìdìbò èrò yìí ti parí.',
  'poll.results': 'Èsì',
  'poll.results-after-vote': 'Ẹ óò rí èsì lẹ́yìn tí ẹ bá dìbò.',
  'poll.results-after-close': 'A óò fi èsì hàn nígbà tí ìdìbò èrò náà bá parí.',
  'poll.results-never': 'A kò ní gbé èsì ìdìbò èrò yìí jáde.',
  'poll.error.already-done': 'Ẹ ti dìbò nínú ìdìbò èrò yìí tẹ́lẹ̀.',
  'poll.error.closed': 'Ìdìbò èrò yìí kò gba ìbò mọ́.',
};

export default messages;
