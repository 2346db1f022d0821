// suomi (fi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Ladataan kommentteja…',
  'comments.count': { '=0': 'Ei vielä kommentteja', one: '{count} kommentti', other: '{count} kommenttia' },
  'comments.sort': 'Järjestys',
  'comments.sort.newest': 'Uusimmat ensin',
  'comments.sort.oldest': 'Vanhimmat ensin',
  'comments.sort.top': 'Eniten kannatusta',
  'comments.empty': 'Ei vielä kommentteja. Kirjoita ensimmäinen kommentti.',
  'comments.more': 'Näytä lisää kommentteja',
  'comments.new': { one: '{count} uusi kommentti – näytä', other: '{count} uutta kommenttia – näytä' },
  'comments.closed': 'Tämä keskustelu on suljettu. Voit lukea kommentteja, mutta et voi lisätä uusia.',
  'comments.form.title': 'Kirjoita kommentti',
  'comments.form.reply-title': 'Vastaa käyttäjälle {name}',
  'comments.form.name': 'Nimesi',
  'comments.form.name-hint': 'Jätä tyhjäksi, jos haluat kommentoida nimellä ”Nimetön”. Näkyy julkisesti.',
  'comments.form.body': 'Kommentti',
  'comments.form.reply-body': 'Vastaus',
  'comments.form.submit': 'Julkaise kommentti',
  'comments.form.submit-reply': 'Julkaise vastaus',
  'comments.form.submitting': 'Julkaistaan…',
  'comments.form.cancel': 'Peruuta',
  'comments.form.required': 'Kirjoita kommentti.',
  'comments.form.too-long': 'Kommentissa voi olla enintään {max} merkkiä.',
  'comments.posted': 'Kommenttisi on julkaistu.',
  'comments.posted-pending': 'Kiitos. Kommenttisi tulee näkyviin, kun moderaattori on hyväksynyt sen.',
  'comments.pending': 'Odottaa moderointia',
  'comments.upvote': 'Kannata',
  'comments.upvote-label': {
    '=0': 'Kannata tätä kommenttia (ei vielä kannattajia)',
    one: 'Kannata tätä kommenttia ({count} kannattaja)',
    other: 'Kannata tätä kommenttia ({count} kannattajaa)',
  },
  'comments.reply': 'Vastaa',
  'comments.replies-show': { one: 'Näytä {count} vastaus', other: 'Näytä {count} vastausta' },
  'comments.replies-hide': { one: 'Piilota {count} vastaus', other: 'Piilota {count} vastausta' },
  'comments.report': 'Ilmoita',
  'comments.delete': 'Poista',
};

export default messages;
