// Nederlands (nl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Waarom meldt u deze reactie?',
  'comments.reason.spam': 'Spam of reclame',
  'comments.reason.abuse': 'Beledigend of kwetsend',
  'comments.reason.off-topic': 'Gaat niet over het onderwerp',
  'comments.reason.personal-data': 'Bevat persoonlijke gegevens',
  'comments.reason.other': 'Iets anders',
  'comments.reported': 'Bedankt. De reactie is gemeld bij de moderators.',
  'comments.already-reported': 'U hebt deze reactie al gemeld.',
  'comments.delete-menu': 'Uw reactie verwijderen? De tekst en uw naam worden definitief gewist.',
  'comments.delete-yes': 'Mijn reactie verwijderen',
  'comments.delete-no': 'Niet verwijderen',
  'comments.deleted': 'Uw reactie is verwijderd.',
};

export default messages;
