// Deutsch (de): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Kommentare werden geladen…',
  'comments.count': { '=0': 'Noch keine Kommentare', one: '{count} Kommentar', other: '{count} Kommentare' },
  'comments.sort': 'Sortieren nach',
  'comments.sort.newest': 'Neueste zuerst',
  'comments.sort.oldest': 'Älteste zuerst',
  'comments.sort.top': 'Meiste Unterstützung',
  'comments.empty': 'Noch keine Kommentare. Schreiben Sie den ersten Kommentar.',
  'comments.more': 'Weitere Kommentare anzeigen',
  'comments.new': { one: '{count} neuer Kommentar – anzeigen', other: '{count} neue Kommentare – anzeigen' },
  'comments.closed': 'Diese Diskussion ist beendet. Sie können die Kommentare lesen, aber keine neuen schreiben.',
  'comments.form.title': 'Kommentar schreiben',
  'comments.form.reply-title': 'Antwort an {name}',
  'comments.form.name': 'Ihr Name',
  'comments.form.name-hint': 'Leer lassen, um als „Anonym“ zu kommentieren. Wird öffentlich angezeigt.',
  'comments.form.body': 'Kommentar',
  'comments.form.reply-body': 'Antwort',
  'comments.form.submit': 'Kommentar veröffentlichen',
  'comments.form.submit-reply': 'Antwort veröffentlichen',
  'comments.form.submitting': 'Wird veröffentlicht…',
  'comments.form.cancel': 'Abbrechen',
  'comments.form.required': 'Geben Sie einen Kommentar ein.',
  'comments.form.too-long': 'Kommentare dürfen höchstens {max} Zeichen lang sein.',
  'comments.posted': 'Ihr Kommentar wurde veröffentlicht.',
  'comments.posted-pending': 'Vielen Dank. Ihr Kommentar erscheint, sobald die Moderation ihn freigegeben hat.',
  'comments.pending': 'Wartet auf Freigabe',
  'comments.upvote': 'Unterstützen',
  'comments.upvote-label': {
    '=0': 'Diesen Kommentar unterstützen (noch keine Unterstützung)',
    one: 'Diesen Kommentar unterstützen ({count} Unterstützung)',
    other: 'Diesen Kommentar unterstützen ({count} Unterstützungen)',
  },
  'comments.reply': 'Antworten',
  'comments.replies-show': { one: '{count} Antwort anzeigen', other: '{count} Antworten anzeigen' },
  'comments.replies-hide': { one: '{count} Antwort ausblenden', other: '{count} Antworten ausblenden' },
  'comments.report': 'Melden',
  'comments.delete': 'Löschen',
};

export default messages;
