// azərbaycan (az): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Sorğu yüklənir…',
  'poll.vote': 'Səs ver',
  'poll.submitting': 'Səsiniz göndərilir…',
  'poll.change-vote': 'Səsinizi dəyişin',
  'poll.keep-vote': 'Səsim dəyişməsin',
  'poll.hint-single': 'Bir variant seçin.',
  'poll.hint-multiple': { one: '1 variant seçin.', other: 'Ən çoxu {count} variant seçin.' },
  'poll.max-reached': {
    one: 'Seçilə bilən ən çox variant sayını seçmisiniz: 1.',
    other: 'Seçilə bilən ən çox variant sayını seçmisiniz: {count}.',
  },
  'poll.need-choice': 'Səs verməzdən əvvəl bir variant seçin.',
  'poll.voted': 'Təşəkkür edirik. Səsiniz qeydə alındı.',
  'poll.vote-changed': 'Səsiniz dəyişdirildi.',
  'poll.you-voted': 'Siz bu sorğuda səs vermisiniz.',
  'poll.your-choice': '(✓ sizin seçiminiz)',
  'poll.votes': { '=0': 'səs yoxdur', one: '{count} səs', other: '{count} səs' },
  'poll.participants': { '=0': 'Hələ heç kim səs verməyib.', one: '{count} nəfər səs verib.', other: '{count} nəfər səs verib.' },
  'poll.closes': 'Sorğu {relative} bağlanacaq ({date}).',
  'poll.opens': 'Bu sorğu {relative} açılacaq ({date}).',
  'poll.closed-on': 'Bu sorğu {date} tarixində bağlanıb.',
  'poll.closed': 'Bu sorğu bağlanıb.',
  'poll.results': 'Nəticələr',
  'poll.results-after-vote': 'Nəticələr səs verdikdən sonra göstərilir.',
  'poll.results-after-close': 'Nəticələr sorğu bağlandıqdan sonra göstəriləcək.',
  'poll.results-never': 'Bu sorğunun nəticələri dərc edilmir.',
  'poll.error.already-done': 'Siz bu sorğuda artıq səs vermisiniz.',
  'poll.error.closed': 'Bu sorğuda artıq səs vermək mümkün deyil.',
};

export default messages;
