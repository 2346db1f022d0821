// svenska (sv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Varför anmäler du den här kommentaren?',
  'comments.reason.spam': 'Skräppost eller reklam',
  'comments.reason.abuse': 'Kränkande eller stötande',
  'comments.reason.off-topic': 'Handlar inte om ämnet',
  'comments.reason.personal-data': 'Innehåller personuppgifter',
  'comments.reason.other': 'Något annat',
  'comments.reported': 'Tack. Kommentaren har anmälts till moderatorerna.',
  'comments.already-reported': 'Du har redan anmält den här kommentaren.',
  'comments.delete-menu': 'Vill du radera din kommentar? Texten och ditt namn raderas permanent.',
  'comments.delete-yes': 'Radera min kommentar',
  'comments.delete-no': 'Behåll den',
  'comments.deleted': 'Din kommentar har raderats.',
};

export default messages;
