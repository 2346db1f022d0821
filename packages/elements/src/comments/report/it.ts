// italiano (it): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Perché segnala questo commento?',
  'comments.reason.spam': 'Spam o pubblicità',
  'comments.reason.abuse': 'Offensivo o ingiurioso',
  'comments.reason.off-topic': 'Fuori tema',
  'comments.reason.personal-data': 'Contiene dati personali',
  'comments.reason.other': 'Altro motivo',
  'comments.reported': 'Grazie. Il commento è stato segnalato ai moderatori.',
  'comments.already-reported': 'Ha già segnalato questo commento.',
  'comments.delete-menu': 'Eliminare il Suo commento? Il testo e il Suo nome saranno cancellati definitivamente.',
  'comments.delete-yes': 'Elimina il mio commento',
  'comments.delete-no': 'Non eliminare',
  'comments.deleted': 'Il Suo commento è stato eliminato.',
};

export default messages;
