// Kiswahili (sw): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Kwa nini unaripoti maoni haya?',
  'comments.reason.spam': 'Barua taka au matangazo',
  'comments.reason.abuse': 'Matusi au maneno ya kuudhi',
  'comments.reason.off-topic': 'Nje ya mada',
  'comments.reason.personal-data': 'Yana taarifa binafsi',
  'comments.reason.other': 'Sababu nyingine',
  'comments.reported': 'Asante. Maoni haya yameripotiwa kwa wasimamizi.',
  'comments.already-reported': 'Tayari umeripoti maoni haya.',
  'comments.delete-menu': 'Ungependa kufuta maoni yako? Maandishi ya maoni hayo pamoja na jina lako yatafutwa kabisa.',
  'comments.delete-yes': 'Futa maoni yangu',
  'comments.delete-no': 'Usifute',
  'comments.deleted': 'Maoni yako yamefutwa.',
};

export default messages;
