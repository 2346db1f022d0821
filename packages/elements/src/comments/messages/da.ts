// dansk (da): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Indlæser kommentarer…',
  'comments.count': { '=0': 'Ingen kommentarer endnu', one: '{count} kommentar', other: '{count} kommentarer' },
  'comments.sort': 'Sortér efter',
  'comments.sort.newest': 'Nyeste først',
  'comments.sort.oldest': 'Ældste først',
  'comments.sort.top': 'Mest støtte',
  'comments.empty': 'Ingen kommentarer endnu. Skriv den første kommentar.',
  'comments.more': 'Vis flere kommentarer',
  'comments.new': { one: '{count} ny kommentar – vis', other: '{count} nye kommentarer – vis' },
  'comments.closed': 'Debatten er lukket. Du kan læse kommentarerne, men ikke skrive nye.',
  'comments.form.title': 'Skriv en kommentar',
  'comments.form.reply-title': 'Svar til {name}',
  'comments.form.name': 'Dit navn',
  'comments.form.name-hint': 'Lad feltet være tomt for at kommentere som »Anonym«. Vises offentligt.',
  'comments.form.body': 'Kommentar',
  'comments.form.reply-body': 'Svar',
  'comments.form.submit': 'Offentliggør kommentar',
  'comments.form.submit-reply': 'Offentliggør svar',
  'comments.form.submitting': 'Offentliggøres…',
  'comments.form.cancel': 'Annuller',
  'comments.form.required': 'Skriv en kommentar.',
  'comments.form.too-long': 'En kommentar må højst være på {max} tegn.',
  'comments.posted': 'Din kommentar er offentliggjort.',
  'comments.posted-pending': 'Tak. Din kommentar bliver vist, når en moderator har godkendt den.',
  'comments.pending': 'Venter på godkendelse',
  'comments.upvote': 'Støt',
  'comments.upvote-label': {
    '=0': 'Støt denne kommentar (ingen støtter den endnu)',
    one: 'Støt denne kommentar ({count} person støtter den)',
    other: 'Støt denne kommentar ({count} personer støtter den)',
  },
  'comments.reply': 'Svar',
  'comments.replies-show': { one: 'Vis {count} svar', other: 'Vis {count} svar' },
  'comments.replies-hide': { one: 'Skjul {count} svar', other: 'Skjul {count} svar' },
  'comments.report': 'Anmeld',
  'comments.delete': 'Slet',
};

export default messages;
