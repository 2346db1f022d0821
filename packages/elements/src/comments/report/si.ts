// සිංහල (si): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'ඔබ මෙම අදහස වාර්තා කරන්නේ ඇයි?',
  'comments.reason.spam': 'ස්පෑම් හෝ වෙළඳ දැන්වීම්',
  'comments.reason.abuse': 'අපහාසාත්මක හෝ හිත රිදවන',
  'comments.reason.off-topic': 'මාතෘකාවට අදාළ නැත',
  'comments.reason.personal-data': 'පුද්ගලික තොරතුරු අඩංගුයි',
  'comments.reason.other': 'වෙනත් හේතුවක්',
  'comments.reported': 'ස්තූතියි. මෙම අදහස පරීක්ෂකයින්ට වාර්තා කර ඇත.',
  'comments.already-reported': 'ඔබ මෙම අදහස දැනටමත් වාර්තා කර ඇත.',
  'comments.delete-menu': 'ඔබේ අදහස මකන්නද? එහි පෙළ සහ ඔබේ නම ස්ථිරවම මැකී යනු ඇත.',
  'comments.delete-yes': 'මගේ අදහස මකන්න',
  'comments.delete-no': 'තබා ගන්න',
  'comments.deleted': 'ඔබේ අදහස මකා ඇත.',
};

export default messages;
