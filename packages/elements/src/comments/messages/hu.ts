// magyar (hu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Hozzászólások betöltése…',
  'comments.count': { '=0': 'Még nincs hozzászólás', one: '{count} hozzászólás', other: '{count} hozzászólás' },
  'comments.sort': 'Rendezés',
  'comments.sort.newest': 'Legújabbak elöl',
  'comments.sort.oldest': 'Legrégebbiek elöl',
  'comments.sort.top': 'Legtöbbet támogatott',
  'comments.empty': 'Még nincs hozzászólás. Szóljon hozzá elsőként.',
  'comments.more': 'További hozzászólások megjelenítése',
  'comments.new': { one: '{count} új hozzászólás – megjelenítés', other: '{count} új hozzászólás – megjelenítés' },
  'comments.closed': 'A vita lezárult. A hozzászólásokat elolvashatja, de újat már nem írhat.',
  'comments.form.title': 'Hozzászólás írása',
  'comments.form.reply-title': 'Válasz {name} hozzászólására',
  'comments.form.name': 'Az Ön neve',
  'comments.form.name-hint': 'Hagyja üresen, ha „Névtelen” néven szeretne hozzászólni. Nyilvánosan megjelenik.',
  'comments.form.body': 'Hozzászólás',
  'comments.form.reply-body': 'Válasz',
  'comments.form.submit': 'Hozzászólás elküldése',
  'comments.form.submit-reply': 'Válasz elküldése',
  'comments.form.submitting': 'Küldés…',
  'comments.form.cancel': 'Mégse',
  'comments.form.required': 'Írja be hozzászólását.',
  'comments.form.too-long': 'A hozzászólás legfeljebb {max} karakter lehet.',
  'comments.posted': 'Hozzászólását közzétettük.',
  'comments.posted-pending': 'Köszönjük. Hozzászólása a moderátor jóváhagyása után jelenik meg.',
  'comments.pending': 'Moderálásra vár',
  'comments.upvote': 'Támogatom',
  'comments.upvote-label': {
    '=0': 'A hozzászólás támogatása (még nincs támogatója)',
    one: 'A hozzászólás támogatása ({count} támogató)',
    other: 'A hozzászólás támogatása ({count} támogató)',
  },
  'comments.reply': 'Válasz',
  'comments.replies-show': { one: '{count} válasz megjelenítése', other: '{count} válasz megjelenítése' },
  'comments.replies-hide': { one: '{count} válasz elrejtése', other: '{count} válasz elrejtése' },
  'comments.report': 'Bejelentés',
  'comments.delete': 'Törlés',
};

export default messages;
