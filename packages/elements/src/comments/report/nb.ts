// norsk bokmål (nb): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Hvorfor rapporterer du denne kommentaren?',
  'comments.reason.spam': 'Spam eller reklame',
  'comments.reason.abuse': 'Krenkende eller støtende',
  'comments.reason.off-topic': 'Handler ikke om temaet',
  'comments.reason.personal-data': 'Inneholder personopplysninger',
  'comments.reason.other': 'Noe annet',
  'comments.reported': 'Takk. Kommentaren er rapportert til moderatorene.',
  'comments.already-reported': 'Du har allerede rapportert denne kommentaren.',
  'comments.delete-menu': 'Vil du slette kommentaren din? Teksten og navnet ditt slettes for godt.',
  'comments.delete-yes': 'Slett kommentaren min',
  'comments.delete-no': 'Behold den',
  'comments.deleted': 'Kommentaren din er slettet.',
};

export default messages;
