// dansk (da): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Hvorfor anmelder du denne kommentar?',
  'comments.reason.spam': 'Spam eller reklame',
  'comments.reason.abuse': 'Krænkende eller stødende',
  'comments.reason.off-topic': 'Handler ikke om emnet',
  'comments.reason.personal-data': 'Indeholder personlige oplysninger',
  'comments.reason.other': 'Noget andet',
  'comments.reported': 'Tak. Kommentaren er anmeldt til moderatorerne.',
  'comments.already-reported': 'Du har allerede anmeldt denne kommentar.',
  'comments.delete-menu': 'Vil du slette din kommentar? Teksten og dit navn slettes permanent.',
  'comments.delete-yes': 'Slet min kommentar',
  'comments.delete-no': 'Behold den',
  'comments.deleted': 'Din kommentar er slettet.',
};

export default messages;
