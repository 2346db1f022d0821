// Igbo (ig): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Na-ebu nkwupụta…',
  'comments.count': { '=0': 'Enweghị nkwupụta ọ bụla ugbu a', other: 'nkwupụta {count}' },
  'comments.sort': 'Hazie site na',
  'comments.sort.newest': 'Ndị ọhụrụ bụ ụzọ',
  'comments.sort.oldest': 'Ndị ochie bụ ụzọ',
  'comments.sort.top': 'Ndị kacha nwee nkwado',
  'comments.empty': 'Enweghị nkwupụta ọ bụla ugbu a. Bụrụ onye mbụ ga-ekwu okwu.',
  'comments.more': 'Gosi nkwupụta ndị ọzọ',
  'comments.new': { other: 'Nkwupụta ọhụrụ {count} — gosi' },
  'comments.closed': 'Emechiela mkparịta ụka a. Ị nwere ike ịgụ nkwupụta ndị ahụ, mana ị nweghị ike itinye ndị ọhụrụ.',
  'comments.form.title': 'Tinye nkwupụta',
  'comments.form.reply-title': 'Zaghachi {name}',
  'comments.form.name': 'Aha gị',
  'comments.form.name-hint': "Hapụ ya n'efu ka ị kwuo okwu dịka “Enweghị aha”. A ga-egosi ya n'ihu ọha.",
  'comments.form.body': 'Nkwupụta',
  'comments.form.reply-body': 'Nzaghachi',
  'comments.form.submit': 'Bipụta nkwupụta',
  'comments.form.submit-reply': 'Bipụta nzaghachi',
  'comments.form.submitting': 'Na-ebipụta…',
  'comments.form.cancel': 'Kagbuo',
  'comments.form.required': 'Dee nkwupụta.',
  'comments.form.too-long': 'Nkwupụta ekwesịghị ịkarị mkpụrụedemede {max}.',
  'comments.posted': 'E bipụtala nkwupụta gị.',
  'comments.posted-pending': 'Daalụ. Nkwupụta gị ga-apụta ozugbo onye nlekọta kwadoro ya.',
  'comments.pending': 'Na-eche nkwado onye nlekọta',
  'comments.upvote': 'Kwado',
  'comments.upvote-label': {
    '=0': 'Kwado nkwupụta a (o nwebeghị onye kwadoro ya)',
    other: 'Kwado nkwupụta a (ndị nkwado {count})',
  },
  'comments.reply': 'Zaghachi',
  'comments.replies-show': { other: 'Gosi nzaghachi {count}' },
  'comments.replies-hide': { other: 'Zoo nzaghachi {count}' },
  'comments.report': 'Kọọ ya',
  'comments.delete': 'Hichapụ',
};

export default messages;
