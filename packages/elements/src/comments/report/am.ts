// አማርኛ (am): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'ይህን አስተያየት ለምን ሪፖርት ያደርጋሉ?',
  'comments.reason.spam': 'አይፈለጌ መልዕክት ወይም ማስታወቂያ',
  'comments.reason.abuse': 'ስድብ ወይም የሚያስከፋ ይዘት',
  'comments.reason.off-topic': 'ከርዕሱ ውጭ',
  'comments.reason.personal-data': 'የግል መረጃ ይዟል',
  'comments.reason.other': 'ሌላ ምክንያት',
  'comments.reported': 'እናመሰግናለን። አስተያየቱ ለተቆጣጣሪዎች ሪፖርት ተደርጓል።',
  'comments.already-reported': 'ይህን አስተያየት አስቀድመው ሪፖርት አድርገዋል።',
  'comments.delete-menu': 'አስተያየትዎን መሰረዝ ይፈልጋሉ? ጽሑፉና ስምዎ ለዘለቄታው ይጠፋሉ።',
  'comments.delete-yes': 'አስተያየቴን ይሰርዙ',
  'comments.delete-no': 'ይቆይ',
  'comments.deleted': 'አስተያየትዎ ተሰርዟል።',
};

export default messages;
