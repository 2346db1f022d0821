// slovenčina (sk): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Načítavajú sa komentáre…',
  'comments.count': {
    '=0': 'Zatiaľ žiadne komentáre',
    one: '{count} komentár',
    few: '{count} komentáre',
    many: '{count} komentára',
    other: '{count} komentárov',
  },
  'comments.sort': 'Zoradiť podľa',
  'comments.sort.newest': 'Od najnovších',
  'comments.sort.oldest': 'Od najstarších',
  'comments.sort.top': 'Najviac podporované',
  'comments.empty': 'Zatiaľ žiadne komentáre. Pridajte prvý komentár.',
  'comments.more': 'Zobraziť ďalšie komentáre',
  'comments.new': {
    one: '{count} nový komentár — zobraziť',
    few: '{count} nové komentáre — zobraziť',
    many: '{count} nového komentára — zobraziť',
    other: '{count} nových komentárov — zobraziť',
  },
  'comments.closed': 'Diskusia je uzavretá. Komentáre si môžete prečítať, ale nové pridať nemôžete.',
  'comments.form.title': 'Pridať komentár',
  'comments.form.reply-title': 'Odpoveď používateľovi {name}',
  'comments.form.name': 'Vaše meno',
  'comments.form.name-hint': 'Ak pole necháte prázdne, komentár sa zobrazí pod menom „Anonym“. Meno sa zobrazuje verejne.',
  'comments.form.body': 'Komentár',
  'comments.form.reply-body': 'Odpoveď',
  'comments.form.submit': 'Zverejniť komentár',
  'comments.form.submit-reply': 'Zverejniť odpoveď',
  'comments.form.submitting': 'Zverejňuje sa…',
  'comments.form.cancel': 'Zrušiť',
  'comments.form.required': 'Napíšte komentár.',
  'comments.form.too-long': 'Komentár je príliš dlhý. Najvyšší povolený počet znakov: {max}.',
  'comments.posted': 'Váš komentár bol zverejnený.',
  'comments.posted-pending': 'Ďakujeme. Váš komentár sa zobrazí, keď ho schváli moderátor.',
  'comments.pending': 'Čaká na schválenie moderátorom',
  'comments.upvote': 'Podporiť',
  'comments.upvote-label': {
    '=0': 'Podporiť tento komentár (zatiaľ bez podpory)',
    one: 'Podporiť tento komentár (podporila ho {count} osoba)',
    few: 'Podporiť tento komentár (podporili ho {count} osoby)',
    many: 'Podporiť tento komentár (podporilo ho {count} osoby)',
    other: 'Podporiť tento komentár (podporilo ho {count} osôb)',
  },
  'comments.reply': 'Odpovedať',
  'comments.replies-show': {
    one: 'Zobraziť {count} odpoveď',
    few: 'Zobraziť {count} odpovede',
    many: 'Zobraziť {count} odpovede',
    other: 'Zobraziť {count} odpovedí',
  },
  'comments.replies-hide': {
    one: 'Skryť {count} odpoveď',
    few: 'Skryť {count} odpovede',
    many: 'Skryť {count} odpovede',
    other: 'Skryť {count} odpovedí',
  },
  'comments.report': 'Nahlásiť',
  'comments.delete': 'Odstrániť',
};

export default messages;
