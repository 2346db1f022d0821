// עברית (he): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'דוא״ל לקבלת תשובות',
  'comments.form.email-hint': 'נשלח אליך הודעה כשמישהו משיב, לכל היותר פעם בשעה, אחרי אישור הכתובת. הכתובת לא מוצגת אף פעם.',
  'comments.form.email-error': 'יש להזין כתובת דוא״ל בפורמט הנכון, למשל name@example.com.',
  'comments.posted-email': 'אם הכתובת הזו חדשה אצלנו, יש לפתוח את הקישור ששלחנו אליה כדי לקבל הודעות על תשובות.',
};

export default messages;
