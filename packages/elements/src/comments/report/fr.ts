// français (fr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Pourquoi signalez-vous ce commentaire ?',
  'comments.reason.spam': 'Spam ou publicité',
  'comments.reason.abuse': 'Injurieux ou choquant',
  'comments.reason.off-topic': 'Hors sujet',
  'comments.reason.personal-data': 'Contient des données personnelles',
  'comments.reason.other': 'Autre chose',
  'comments.reported': 'Merci. Le commentaire a été signalé aux modérateurs.',
  'comments.already-reported': 'Vous avez déjà signalé ce commentaire.',
  'comments.delete-menu': 'Supprimer votre commentaire ? Le texte et votre nom seront définitivement effacés.',
  'comments.delete-yes': 'Supprimer mon commentaire',
  'comments.delete-no': 'Le conserver',
  'comments.deleted': 'Votre commentaire a été supprimé.',
};

export default messages;
