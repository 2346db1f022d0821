// català (ca): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Per què denuncieu aquest comentari?',
  'comments.reason.spam': 'Spam o publicitat',
  'comments.reason.abuse': 'Abusiu o ofensiu',
  'comments.reason.off-topic': 'Fora de tema',
  'comments.reason.personal-data': 'Conté dades personals',
  'comments.reason.other': 'Un altre motiu',
  'comments.reported': 'Gràcies. El comentari s’ha denunciat als moderadors.',
  'comments.already-reported': 'Ja heu denunciat aquest comentari.',
  'comments.delete-menu': 'Voleu suprimir el vostre comentari? El text i el vostre nom s’esborraran definitivament.',
  'comments.delete-yes': 'Suprimeix el meu comentari',
  'comments.delete-no': 'Conserva’l',
  'comments.deleted': 'S’ha suprimit el vostre comentari.',
};

export default messages;
