// português (pt): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Porque está a denunciar este comentário?',
  'comments.reason.spam': 'Spam ou publicidade',
  'comments.reason.abuse': 'Abusivo ou ofensivo',
  'comments.reason.off-topic': 'Fora do tema',
  'comments.reason.personal-data': 'Contém dados pessoais',
  'comments.reason.other': 'Outro motivo',
  'comments.reported': 'Obrigado. O comentário foi comunicado aos moderadores.',
  'comments.already-reported': 'Já denunciou este comentário.',
  'comments.delete-menu': 'Eliminar o seu comentário? O texto e o seu nome serão apagados definitivamente.',
  'comments.delete-yes': 'Eliminar o meu comentário',
  'comments.delete-no': 'Manter',
  'comments.deleted': 'O seu comentário foi eliminado.',
};

export default messages;
