// latviešu (lv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Ielādē komentārus…',
  'comments.count': {
    '=0': 'Vēl nav komentāru',
    zero: '{count} komentāri',
    one: '{count} komentārs',
    other: '{count} komentāri',
  },
  'comments.sort': 'Kārtot pēc',
  'comments.sort.newest': 'Jaunākie vispirms',
  'comments.sort.oldest': 'Vecākie vispirms',
  'comments.sort.top': 'Visvairāk atbalstītie',
  'comments.empty': 'Vēl nav komentāru. Pievienojiet pirmo komentāru.',
  'comments.more': 'Rādīt vairāk komentāru',
  'comments.new': {
    zero: '{count} jauni komentāri — rādīt',
    one: '{count} jauns komentārs — rādīt',
    other: '{count} jauni komentāri — rādīt',
  },
  'comments.closed': 'Diskusija ir slēgta. Komentārus var lasīt, bet jaunus pievienot nevar.',
  'comments.form.title': 'Pievienot komentāru',
  'comments.form.reply-title': 'Atbilde lietotājam {name}',
  'comments.form.name': 'Jūsu vārds',
  'comments.form.name-hint': 'Atstājiet tukšu, lai komentētu kā „Anonīms“. Tiek rādīts publiski.',
  'comments.form.body': 'Komentārs',
  'comments.form.reply-body': 'Atbilde',
  'comments.form.submit': 'Publicēt komentāru',
  'comments.form.submit-reply': 'Publicēt atbildi',
  'comments.form.submitting': 'Publicē…',
  'comments.form.cancel': 'Atcelt',
  'comments.form.required': 'Ievadiet komentāru.',
  'comments.form.too-long': 'Komentārs ir pārāk garš. Atļautais rakstzīmju skaits: ne vairāk kā {max}.',
  'comments.posted': 'Jūsu komentārs ir publicēts.',
  'comments.posted-pending': 'Paldies! Jūsu komentārs tiks parādīts, kad to apstiprinās moderators.',
  'comments.pending': 'Gaida moderatora apstiprinājumu',
  'comments.upvote': 'Atbalstīt',
  'comments.upvote-label': {
    '=0': 'Atbalstīt šo komentāru (vēl nav atbalstītāju)',
    zero: 'Atbalstīt šo komentāru ({count} atbalstītāji)',
    one: 'Atbalstīt šo komentāru ({count} atbalstītājs)',
    other: 'Atbalstīt šo komentāru ({count} atbalstītāji)',
  },
  'comments.reply': 'Atbildēt',
  'comments.replies-show': { zero: 'Rādīt {count} atbildes', one: 'Rādīt {count} atbildi', other: 'Rādīt {count} atbildes' },
  'comments.replies-hide': {
    zero: 'Paslēpt {count} atbildes',
    one: 'Paslēpt {count} atbildi',
    other: 'Paslēpt {count} atbildes',
  },
  'comments.report': 'Ziņot',
  'comments.delete': 'Dzēst',
};

export default messages;
