// Deutsch (de): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Warum melden Sie diesen Kommentar?',
  'comments.reason.spam': 'Spam oder Werbung',
  'comments.reason.abuse': 'Beleidigend oder anstößig',
  'comments.reason.off-topic': 'Gehört nicht zum Thema',
  'comments.reason.personal-data': 'Enthält persönliche Daten',
  'comments.reason.other': 'Etwas anderes',
  'comments.reported': 'Vielen Dank. Der Kommentar wurde an die Moderation gemeldet.',
  'comments.already-reported': 'Sie haben diesen Kommentar bereits gemeldet.',
  'comments.delete-menu': 'Ihren Kommentar löschen? Der Text und Ihr Name werden endgültig entfernt.',
  'comments.delete-yes': 'Meinen Kommentar löschen',
  'comments.delete-no': 'Behalten',
  'comments.deleted': 'Ihr Kommentar wurde gelöscht.',
};

export default messages;
