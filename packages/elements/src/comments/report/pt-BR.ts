// português (Brasil) (pt-BR): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Por que você está denunciando este comentário?',
  'comments.reason.spam': 'Spam ou propaganda',
  'comments.reason.abuse': 'Abusivo ou ofensivo',
  'comments.reason.off-topic': 'Fora do assunto',
  'comments.reason.personal-data': 'Contém dados pessoais',
  'comments.reason.other': 'Outro motivo',
  'comments.reported': 'Obrigado. O comentário foi enviado para a moderação.',
  'comments.already-reported': 'Você já denunciou este comentário.',
  'comments.delete-menu': 'Excluir seu comentário? O texto e seu nome serão apagados definitivamente.',
  'comments.delete-yes': 'Excluir meu comentário',
  'comments.delete-no': 'Manter',
  'comments.deleted': 'Seu comentário foi excluído.',
};

export default messages;
