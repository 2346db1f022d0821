// עברית (he): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'התגובות נטענות…',
  'comments.count': { '=0': 'עדיין אין תגובות', one: 'תגובה אחת', two: '{count} תגובות', other: '{count} תגובות' },
  'comments.sort': 'מיון לפי',
  'comments.sort.newest': 'החדשות קודם',
  'comments.sort.oldest': 'הישנות קודם',
  'comments.sort.top': 'עם הכי הרבה תמיכה',
  'comments.empty': 'עדיין אין תגובות. אפשר להיות הראשונים להגיב.',
  'comments.more': 'להציג עוד תגובות',
  'comments.new': { one: 'תגובה חדשה אחת — להצגה', two: '{count} תגובות חדשות — להצגה', other: '{count} תגובות חדשות — להצגה' },
  'comments.closed': 'הדיון הזה סגור. אפשר לקרוא את התגובות, אבל לא להוסיף תגובות חדשות.',
  'comments.form.title': 'הוספת תגובה',
  'comments.form.reply-title': 'תשובה ל-{name}',
  'comments.form.name': 'השם שלך',
  'comments.form.name-hint': 'אפשר להשאיר ריק כדי להגיב בתור "אנונימי". השם מוצג לכולם.',
  'comments.form.body': 'תגובה',
  'comments.form.reply-body': 'תשובה',
  'comments.form.submit': 'לפרסם תגובה',
  'comments.form.submit-reply': 'לפרסם תשובה',
  'comments.form.submitting': 'בפרסום…',
  'comments.form.cancel': 'ביטול',
  'comments.form.required': 'יש לכתוב תגובה.',
  'comments.form.too-long': 'התגובה יכולה להכיל עד {max} תווים.',
  'comments.posted': 'התגובה שלך פורסמה.',
  'comments.posted-pending': 'תודה. התגובה שלך תופיע אחרי שצוות הניהול יאשר אותה.',
  'comments.pending': 'ממתינה לאישור',
  'comments.upvote': 'לתמוך',
  'comments.upvote-label': {
    '=0': 'לתמוך בתגובה (עדיין אין תומכים)',
    one: 'לתמוך בתגובה (אדם אחד תומך)',
    two: 'לתמוך בתגובה ({count} תומכים)',
    other: 'לתמוך בתגובה ({count} תומכים)',
  },
  'comments.reply': 'להשיב',
  'comments.replies-show': { one: 'להציג תשובה אחת', two: 'להציג {count} תשובות', other: 'להציג {count} תשובות' },
  'comments.replies-hide': { one: 'להסתיר תשובה אחת', two: 'להסתיר {count} תשובות', other: 'להסתיר {count} תשובות' },
  'comments.report': 'לדווח',
  'comments.delete': 'למחוק',
};

export default messages;
