// español (es): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': '¿Por qué denuncias este comentario?',
  'comments.reason.spam': 'Spam o publicidad',
  'comments.reason.abuse': 'Abusivo u ofensivo',
  'comments.reason.off-topic': 'No tiene que ver con el tema',
  'comments.reason.personal-data': 'Contiene datos personales',
  'comments.reason.other': 'Otro motivo',
  'comments.reported': 'Gracias. El comentario se ha denunciado a los moderadores.',
  'comments.already-reported': 'Ya has denunciado este comentario.',
  'comments.delete-menu': '¿Eliminar tu comentario? El texto y tu nombre se borrarán definitivamente.',
  'comments.delete-yes': 'Eliminar mi comentario',
  'comments.delete-no': 'Conservarlo',
  'comments.deleted': 'Tu comentario se ha eliminado.',
};

export default messages;
