// Filipino (fil): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Bakit ninyo ini-report ang komentong ito?',
  'comments.reason.spam': 'Spam o patalastas',
  'comments.reason.abuse': 'Mapang-abuso o nakakasakit',
  'comments.reason.off-topic': 'Wala sa paksa',
  'comments.reason.personal-data': 'May personal na impormasyon',
  'comments.reason.other': 'Iba pang dahilan',
  'comments.reported': 'Salamat. Nai-report na ang komento sa mga moderator.',
  'comments.already-reported': 'Nai-report na ninyo ang komentong ito.',
  'comments.delete-menu': 'Burahin ang inyong komento? Permanenteng mabubura ang teksto nito at ang inyong pangalan.',
  'comments.delete-yes': 'Burahin ang aking komento',
  'comments.delete-no': 'Huwag burahin',
  'comments.deleted': 'Nabura na ang inyong komento.',
};

export default messages;
