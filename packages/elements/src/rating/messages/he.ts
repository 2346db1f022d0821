// עברית (he): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'בטעינה…',
  'rating.stars': { one: 'כוכב אחד', two: '{count} כוכבים', other: '{count} כוכבים' },
  'rating.yes': 'כן',
  'rating.no': 'לא',
  'rating.csat.1': 'מאוד לא מרוצה',
  'rating.csat.2': 'לא מרוצה',
  'rating.csat.3': 'ניטרלי',
  'rating.csat.4': 'מרוצה',
  'rating.csat.5': 'מרוצה מאוד',
  'rating.send': 'לשלוח דירוג',
  'rating.sending': 'בשליחה…',
  'rating.choose': 'יש לבחור דירוג קודם.',
  'rating.thanks': 'תודה על המשוב.',
  'rating.follow-up': 'אפשר לספר לנו עוד (לא חובה)',
  'rating.reasons': 'על מה המשוב?',
  'rating.comment': 'הערה',
  'rating.comment-hint': 'אין לכתוב כאן מידע אישי, כמו שם או כתובת.',
  'rating.send-more': 'לשלוח',
  'rating.skip': 'לדלג',
  'rating.done': 'תודה. המשוב שלך עוזר לנו לשפר את השירות.',
  'rating.yours': 'הדירוג שלך: {score}.',
  'rating.change': 'לשנות את התשובה',
  'rating.closed': 'השירות אינו מקבל דירוגים כרגע.',
  'rating.average': '{average} מתוך 5',
  'rating.yes-share': '{percent} מהאנשים מצאו את זה מועיל',
  'rating.count': {
    '=0': 'עדיין אין דירוגים',
    one: 'על סמך דירוג אחד',
    two: 'על סמך {count} דירוגים',
    other: 'על סמך {count} דירוגים',
  },
  'rating.details-show': 'להציג את כל הדירוגים',
  'rating.details-hide': 'להסתיר את כל הדירוגים',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
