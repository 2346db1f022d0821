// latviešu (lv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'Ielādē aptauju…',
  'poll.vote': 'Balsot',
  'poll.submitting': 'Sūta Jūsu balsi…',
  'poll.change-vote': 'Mainīt balsojumu',
  'poll.keep-vote': 'Paturēt savu balsi',
  'poll.hint-single': 'Izvēlieties vienu atbilžu variantu.',
  'poll.hint-multiple': {
    zero: 'Izvēlieties ne vairāk kā {count} atbilžu variantus.',
    one: 'Izvēlieties ne vairāk kā {count} atbilžu variantu.',
    other: 'Izvēlieties ne vairāk kā {count} atbilžu variantus.',
  },
  'poll.max-reached': {
    zero: 'Izvēlēts maksimālais atbilžu variantu skaits ({count}).',
    one: 'Izvēlēts maksimālais atbilžu variantu skaits ({count}).',
    other: 'Izvēlēts maksimālais atbilžu variantu skaits ({count}).',
  },
  'poll.need-choice': 'Pirms balsošanas izvēlieties atbilžu variantu.',
  'poll.voted': 'Paldies! Jūsu balss ir reģistrēta.',
  'poll.vote-changed': 'Jūsu balsojums ir mainīts.',
  'poll.you-voted': 'Jūsu balss šajā aptaujā ir saņemta.',
  'poll.your-choice': '(✓ Jūsu izvēle)',
  'poll.votes': { '=0': 'nav balsu', zero: '{count} balsis', one: '{count} balss', other: '{count} balsis' },
  'poll.participants': {
    '=0': 'Neviens vēl nav balsojis.',
    zero: 'Balsojuši {count} cilvēki.',
    one: 'Balsojis {count} cilvēks.',
    other: 'Balsojuši {count} cilvēki.',
  },
  'poll.closes': 'Aptauja tiks slēgta {relative} ({date}).',
  'poll.opens': 'Aptauja tiks atvērta {relative} ({date}).',
  'poll.closed-on': 'Aptauja ir slēgta. Slēgšanas datums: {date}.',
  'poll.closed': 'Aptauja ir slēgta.',
  'poll.results': 'Rezultāti',
  'poll.results-after-vote': 'Rezultāti būs redzami pēc balsošanas.',
  'poll.results-after-close': 'Rezultāti būs redzami, kad aptauja tiks slēgta.',
  'poll.results-never': 'Šīs aptaujas rezultāti netiek publicēti.',
  'poll.error.already-done': 'Jūsu balss šajā aptaujā jau ir saņemta.',
  'poll.error.closed': 'Šajā aptaujā vairs nevar balsot.',
};

export default messages;
