// Hausa (ha): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Ana loda sharhohi…',
  'comments.count': { '=0': 'Babu sharhi tukuna', one: 'sharhi {count}', other: 'sharhohi {count}' },
  'comments.sort': 'Tsara ta',
  'comments.sort.newest': 'Sababbi da farko',
  'comments.sort.oldest': 'Tsofaffi da farko',
  'comments.sort.top': 'Mafi samun goyon baya',
  'comments.empty': 'Babu sharhi tukuna. Ku zama na farko da zai yi sharhi.',
  'comments.more': 'Nuna ƙarin sharhohi',
  'comments.new': { one: 'Sabon sharhi {count} — nuna', other: 'Sababbin sharhohi {count} — nuna' },
  'comments.closed': 'An rufe wannan tattaunawa. Kuna iya karanta sharhohin, amma ba za ku iya ƙara sababbi ba.',
  'comments.form.title': 'Ƙara sharhi',
  'comments.form.reply-title': 'Amsa wa {name}',
  'comments.form.name': 'Sunanku',
  'comments.form.name-hint': 'Ku bar shi babu komai don yin sharhi a matsayin “Marar suna”. Za a nuna shi a fili.',
  'comments.form.body': 'Sharhi',
  'comments.form.reply-body': 'Amsa',
  'comments.form.submit': 'Wallafa sharhi',
  'comments.form.submit-reply': 'Wallafa amsa',
  'comments.form.submitting': 'Ana wallafawa…',
  'comments.form.cancel': 'Soke',
  'comments.form.required': 'Ku rubuta sharhi.',
  'comments.form.too-long': 'Sharhi kada ya wuce haruffa {max}.',
  'comments.posted': 'An wallafa sharhinku.',
  'comments.posted-pending': 'Mun gode. Sharhinku zai bayyana da zarar mai tantancewa ya amince da shi.',
  'comments.pending': 'Yana jiran tantancewa',
  'comments.upvote': 'Goyi baya',
  'comments.upvote-label': {
    '=0': 'Goyi bayan wannan sharhi (babu mai goyon baya tukuna)',
    one: 'Goyi bayan wannan sharhi (mai goyon baya {count})',
    other: 'Goyi bayan wannan sharhi (masu goyon baya {count})',
  },
  'comments.reply': 'Amsa',
  'comments.replies-show': { one: 'Nuna amsa {count}', other: 'Nuna amsoshi {count}' },
  'comments.replies-hide': { one: 'Ɓoye amsa {count}', other: 'Ɓoye amsoshi {count}' },
  'comments.report': 'Kai rahoto',
  'comments.delete': 'Goge',
};

export default messages;
