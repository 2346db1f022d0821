// isiZulu (zu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Ilayisha inhlolovo…',
  'poll.vote': 'Vota',
  'poll.submitting': 'Ithumela ivoti lakho…',
  'poll.change-vote': 'Shintsha ivoti lakho',
  'poll.keep-vote': 'Gcina ivoti lami',
  'poll.hint-single': 'Khetha inketho eyodwa.',
  'poll.hint-multiple': { one: 'Khetha inketho eyodwa.', other: 'Khetha izinketho ezingafika ku-{count}.' },
  'poll.max-reached': {
    one: 'Usukhethe inketho eyodwa, okuyinani eliphezulu elivunyelwe.',
    other: 'Usukhethe izinketho ezingu-{count}, okuyinani eliphezulu elivunyelwe.',
  },
  'poll.need-choice': 'Khetha inketho ngaphambi kokuvota.',
  'poll.voted': 'Siyabonga. Ivoti lakho lirekhodiwe.',
  'poll.vote-changed': 'Ivoti lakho lishintshiwe.',
  'poll.you-voted': 'Usuvotile kule nhlolovo.',
  'poll.your-choice': '(✓ okukhethile)',
  'poll.votes': { '=0': 'awekho amavoti', one: 'ivoti elilodwa', other: 'amavoti angu-{count}' },
  'poll.participants': {
    '=0': 'Akekho osevotile okwamanje.',
    one: 'Kuvote umuntu oyedwa.',
    other: 'Kuvote abantu abangu-{count}.',
  },
  'poll.closes': 'Ivala {relative} ({date}).',
  'poll.opens': 'Le nhlolovo izovulwa {relative} ({date}).',
  'poll.closed-on': 'Le nhlolovo yavalwa ngo-{date}.',
  'poll.closed': 'Le nhlolovo ivaliwe.',
  'poll.results': 'Imiphumela',
  'poll.results-after-vote': 'Imiphumela iboniswa emva kokuba usuvotile.',
  'poll.results-after-close': 'Imiphumela izoboniswa uma inhlolovo isivaliwe.',
  'poll.results-never': 'Imiphumela yale nhlolovo ayishicilelwa.',
  'poll.error.already-done': 'Usuvele wavota kule nhlolovo.',
  'poll.error.closed': 'Le nhlolovo ayisamukeli amavoti.',
};

export default messages;
