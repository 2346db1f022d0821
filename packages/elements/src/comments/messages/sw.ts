// Kiswahili (sw): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Inapakia maoni…',
  'comments.count': { '=0': 'Bado hakuna maoni', one: 'maoni {count}', other: 'maoni {count}' },
  'comments.sort': 'Panga kwa',
  'comments.sort.newest': 'Mapya kwanza',
  'comments.sort.oldest': 'Ya zamani kwanza',
  'comments.sort.top': 'Yanayoungwa mkono zaidi',
  'comments.empty': 'Bado hakuna maoni. Kuwa wa kwanza kutoa maoni.',
  'comments.more': 'Onyesha maoni zaidi',
  'comments.new': { one: 'maoni mapya {count} — onyesha', other: 'maoni mapya {count} — onyesha' },
  'comments.closed': 'Mjadala huu umefungwa. Unaweza kusoma maoni, lakini huwezi kuongeza mapya.',
  'comments.form.title': 'Toa maoni',
  'comments.form.reply-title': 'Mjibu {name}',
  'comments.form.name': 'Jina lako',
  'comments.form.name-hint': 'Acha wazi ili utoe maoni kama “Bila jina”. Jina linaonekana hadharani.',
  'comments.form.body': 'Maoni',
  'comments.form.reply-body': 'Jibu',
  'comments.form.submit': 'Chapisha maoni',
  'comments.form.submit-reply': 'Chapisha jibu',
  'comments.form.submitting': 'Inachapisha…',
  'comments.form.cancel': 'Ghairi',
  'comments.form.required': 'Andika maoni yako.',
  'comments.form.too-long': 'Maoni hayapaswi kuzidi herufi {max}.',
  'comments.posted': 'Maoni yako yamechapishwa.',
  'comments.posted-pending': 'Asante. Maoni yako yataonekana baada ya msimamizi kuyaidhinisha.',
  'comments.pending': 'Yanasubiri kuidhinishwa',
  'comments.upvote': 'Unga mkono',
  'comments.upvote-label': {
    '=0': 'Unga mkono maoni haya (bado hakuna anayeyaunga mkono)',
    one: 'Unga mkono maoni haya (mtu {count} anayaunga mkono)',
    other: 'Unga mkono maoni haya (watu {count} wanayaunga mkono)',
  },
  'comments.reply': 'Jibu',
  'comments.replies-show': { one: 'Onyesha jibu {count}', other: 'Onyesha majibu {count}' },
  'comments.replies-hide': { one: 'Ficha jibu {count}', other: 'Ficha majibu {count}' },
  'comments.report': 'Ripoti',
  'comments.delete': 'Futa',
};

export default messages;
