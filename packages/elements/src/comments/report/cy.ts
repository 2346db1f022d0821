// Cymraeg (cy): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Pam rydych chi’n rhoi gwybod am y sylw hwn?',
  'comments.reason.spam': 'Sbam neu hysbysebu',
  'comments.reason.abuse': 'Sarhaus neu dramgwyddus',
  'comments.reason.off-topic': 'Ddim yn berthnasol i’r pwnc',
  'comments.reason.personal-data': 'Yn cynnwys gwybodaeth bersonol',
  'comments.reason.other': 'Rhywbeth arall',
  'comments.reported': 'Diolch. Rydyn ni wedi rhoi gwybod i’r cymedrolwyr am y sylw.',
  'comments.already-reported': 'Rydych chi eisoes wedi rhoi gwybod am y sylw hwn.',
  'comments.delete-menu': 'Dileu eich sylw? Bydd y testun a’ch enw’n cael eu dileu am byth.',
  'comments.delete-yes': 'Dileu fy sylw',
  'comments.delete-no': 'Ei gadw',
  'comments.deleted': 'Mae eich sylw wedi’i ddileu.',
};

export default messages;
