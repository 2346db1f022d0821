// norsk bokmål (nb): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Laster inn kommentarer…',
  'comments.count': { '=0': 'Ingen kommentarer ennå', one: '{count} kommentar', other: '{count} kommentarer' },
  'comments.sort': 'Sorter etter',
  'comments.sort.newest': 'Nyeste først',
  'comments.sort.oldest': 'Eldste først',
  'comments.sort.top': 'Mest støtte',
  'comments.empty': 'Ingen kommentarer ennå. Skriv den første kommentaren.',
  'comments.more': 'Vis flere kommentarer',
  'comments.new': { one: '{count} ny kommentar – vis', other: '{count} nye kommentarer – vis' },
  'comments.closed': 'Diskusjonen er stengt. Du kan lese kommentarene, men ikke skrive nye.',
  'comments.form.title': 'Skriv en kommentar',
  'comments.form.reply-title': 'Svar til {name}',
  'comments.form.name': 'Navnet ditt',
  'comments.form.name-hint': 'La feltet stå tomt for å kommentere som «Anonym». Vises offentlig.',
  'comments.form.body': 'Kommentar',
  'comments.form.reply-body': 'Svar',
  'comments.form.submit': 'Publiser kommentar',
  'comments.form.submit-reply': 'Publiser svar',
  'comments.form.submitting': 'Publiserer…',
  'comments.form.cancel': 'Avbryt',
  'comments.form.required': 'Skriv en kommentar.',
  'comments.form.too-long': 'En kommentar kan ha høyst {max} tegn.',
  'comments.posted': 'Kommentaren din er publisert.',
  'comments.posted-pending': 'Takk. Kommentaren din vises når en moderator har godkjent den.',
  'comments.pending': 'Venter på godkjenning',
  'comments.upvote': 'Støtt',
  'comments.upvote-label': {
    '=0': 'Støtt denne kommentaren (ingen støtter den ennå)',
    one: 'Støtt denne kommentaren ({count} person støtter den)',
    other: 'Støtt denne kommentaren ({count} personer støtter den)',
  },
  'comments.reply': 'Svar',
  'comments.replies-show': { one: 'Vis {count} svar', other: 'Vis {count} svar' },
  'comments.replies-hide': { one: 'Skjul {count} svar', other: 'Skjul {count} svar' },
  'comments.report': 'Rapporter',
  'comments.delete': 'Slett',
};

export default messages;
