// română (ro): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'De ce raportați acest comentariu?',
  'comments.reason.spam': 'Spam sau publicitate',
  'comments.reason.abuse': 'Abuziv sau jignitor',
  'comments.reason.off-topic': 'În afara subiectului',
  'comments.reason.personal-data': 'Conține date personale',
  'comments.reason.other': 'Alt motiv',
  'comments.reported': 'Vă mulțumim. Comentariul a fost semnalat moderatorilor.',
  'comments.already-reported': 'Ați raportat deja acest comentariu.',
  'comments.delete-menu': 'Ștergeți comentariul? Textul și numele dumneavoastră vor fi șterse definitiv.',
  'comments.delete-yes': 'Șterge comentariul meu',
  'comments.delete-no': 'Păstrează-l',
  'comments.deleted': 'Comentariul dumneavoastră a fost șters.',
};

export default messages;
