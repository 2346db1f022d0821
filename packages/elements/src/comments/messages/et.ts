// eesti (et): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Kommentaaride laadimine…',
  'comments.count': { '=0': 'Kommentaare veel pole', one: '{count} kommentaar', other: '{count} kommentaari' },
  'comments.sort': 'Järjestus',
  'comments.sort.newest': 'Uuemad eespool',
  'comments.sort.oldest': 'Vanemad eespool',
  'comments.sort.top': 'Enim toetatud',
  'comments.empty': 'Kommentaare veel pole. Kirjutage esimene kommentaar.',
  'comments.more': 'Näita rohkem kommentaare',
  'comments.new': { one: '{count} uus kommentaar – näita', other: '{count} uut kommentaari – näita' },
  'comments.closed': 'See arutelu on suletud. Saate kommentaare lugeda, kuid mitte uusi lisada.',
  'comments.form.title': 'Lisa kommentaar',
  'comments.form.reply-title': 'Vastus kasutajale {name}',
  'comments.form.name': 'Teie nimi',
  'comments.form.name-hint': 'Jätke tühjaks, kui soovite kommenteerida nimega „Anonüümne“. Kuvatakse avalikult.',
  'comments.form.body': 'Kommentaar',
  'comments.form.reply-body': 'Vastus',
  'comments.form.submit': 'Avalda kommentaar',
  'comments.form.submit-reply': 'Avalda vastus',
  'comments.form.submitting': 'Avaldamine…',
  'comments.form.cancel': 'Tühista',
  'comments.form.required': 'Sisestage kommentaar.',
  'comments.form.too-long': 'Kommentaar võib olla kuni {max} tähemärki pikk.',
  'comments.posted': 'Teie kommentaar on avaldatud.',
  'comments.posted-pending': 'Aitäh! Teie kommentaar ilmub pärast seda, kui moderaator on selle heaks kiitnud.',
  'comments.pending': 'Ootab modereerimist',
  'comments.upvote': 'Toeta',
  'comments.upvote-label': {
    '=0': 'Toeta seda kommentaari (toetajaid veel pole)',
    one: 'Toeta seda kommentaari ({count} toetaja)',
    other: 'Toeta seda kommentaari ({count} toetajat)',
  },
  'comments.reply': 'Vasta',
  'comments.replies-show': { one: 'Näita {count} vastus', other: 'Näita {count} vastust' },
  'comments.replies-hide': { one: 'Peida {count} vastus', other: 'Peida {count} vastust' },
  'comments.report': 'Teata',
  'comments.delete': 'Kustuta',
};

export default messages;
