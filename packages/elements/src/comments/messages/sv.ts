// svenska (sv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Laddar kommentarer…',
  'comments.count': { '=0': 'Inga kommentarer än', one: '{count} kommentar', other: '{count} kommentarer' },
  'comments.sort': 'Sortera efter',
  'comments.sort.newest': 'Nyaste först',
  'comments.sort.oldest': 'Äldsta först',
  'comments.sort.top': 'Mest stöd',
  'comments.empty': 'Inga kommentarer än. Skriv den första kommentaren.',
  'comments.more': 'Visa fler kommentarer',
  'comments.new': { one: '{count} ny kommentar – visa', other: '{count} nya kommentarer – visa' },
  'comments.closed': 'Diskussionen är stängd. Du kan läsa kommentarerna men inte skriva nya.',
  'comments.form.title': 'Skriv en kommentar',
  'comments.form.reply-title': 'Svara {name}',
  'comments.form.name': 'Ditt namn',
  'comments.form.name-hint': 'Lämna tomt för att kommentera som ”Anonym”. Visas öppet.',
  'comments.form.body': 'Kommentar',
  'comments.form.reply-body': 'Svar',
  'comments.form.submit': 'Publicera kommentar',
  'comments.form.submit-reply': 'Publicera svar',
  'comments.form.submitting': 'Publicerar…',
  'comments.form.cancel': 'Avbryt',
  'comments.form.required': 'Skriv en kommentar.',
  'comments.form.too-long': 'En kommentar får vara högst {max} tecken.',
  'comments.posted': 'Din kommentar har publicerats.',
  'comments.posted-pending': 'Tack. Din kommentar visas när en moderator har godkänt den.',
  'comments.pending': 'Väntar på granskning',
  'comments.upvote': 'Stöd',
  'comments.upvote-label': {
    '=0': 'Stöd den här kommentaren (ingen stöder den än)',
    one: 'Stöd den här kommentaren ({count} person stöder den)',
    other: 'Stöd den här kommentaren ({count} personer stöder den)',
  },
  'comments.reply': 'Svara',
  'comments.replies-show': { one: 'Visa {count} svar', other: 'Visa {count} svar' },
  'comments.replies-hide': { one: 'Dölj {count} svar', other: 'Dölj {count} svar' },
  'comments.report': 'Anmäl',
  'comments.delete': 'Radera',
};

export default messages;
