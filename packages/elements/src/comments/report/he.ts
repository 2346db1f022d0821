// עברית (he): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'מה הסיבה לדיווח על התגובה?',
  'comments.reason.spam': 'ספאם או פרסומת',
  'comments.reason.abuse': 'פוגעני או מעליב',
  'comments.reason.off-topic': 'לא קשור לנושא',
  'comments.reason.personal-data': 'מכיל מידע אישי',
  'comments.reason.other': 'סיבה אחרת',
  'comments.reported': 'תודה. התגובה דווחה לצוות הניהול.',
  'comments.already-reported': 'כבר דיווחת על התגובה הזו.',
  'comments.delete-menu': 'למחוק את התגובה שלך? הטקסט שלה והשם שלך יימחקו לצמיתות.',
  'comments.delete-yes': 'למחוק את התגובה שלי',
  'comments.delete-no': 'להשאיר אותה',
  'comments.deleted': 'התגובה שלך נמחקה.',
};

export default messages;
