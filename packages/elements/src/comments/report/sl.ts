// slovenščina (sl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Zakaj prijavljate ta komentar?',
  'comments.reason.spam': 'Neželena vsebina ali oglaševanje',
  'comments.reason.abuse': 'Žaljivo ali nesprejemljivo',
  'comments.reason.off-topic': 'Ni povezano s temo',
  'comments.reason.personal-data': 'Vsebuje osebne podatke',
  'comments.reason.other': 'Drugo',
  'comments.reported': 'Hvala. Komentar smo prijavili moderatorjem.',
  'comments.already-reported': 'Ta komentar ste že prijavili.',
  'comments.delete-menu': 'Želite izbrisati svoj komentar? Njegovo besedilo in vaše ime bomo trajno izbrisali.',
  'comments.delete-yes': 'Izbriši moj komentar',
  'comments.delete-no': 'Obdrži ga',
  'comments.deleted': 'Vaš komentar je izbrisan.',
};

export default messages;
