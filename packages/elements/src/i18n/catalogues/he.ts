// עברית (he): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'בטעינה…',
  'common.retry': 'לנסות שוב',
  'common.anonymous': 'אנונימי',
  'common.honeypot': 'יש להשאיר את השדה הזה ריק',
  'common.optional': '(לא חובה)',
  'common.characters-left': { one: 'נותר תו אחד', two: 'נותרו {count} תווים', other: 'נותרו {count} תווים' },
  'common.characters-over': {
    one: 'יש תו אחד מעבר למותר',
    two: 'יש {count} תווים מעבר למותר',
    other: 'יש {count} תווים מעבר למותר',
  },
  'error.offline': 'נראה שאין חיבור לאינטרנט. יש לבדוק את החיבור.',
  'error.network': 'אין לנו גישה לשירות כרגע. הבעיה אינה אצלך.',
  'error.timeout': 'השירות מגיב לאט מדי. ייתכן שהוא עמוס.',
  'error.not-found': 'התוכן לא נמצא. ייתכן שהוא הוסר.',
  'error.invalid-input': 'חלק מהפרטים אינם תקינים. יש לבדוק אותם ולנסות שוב.',
  'error.already-done': 'הפעולה הזו כבר בוצעה.',
  'error.closed': 'האפשרות הזו כבר סגורה.',
  'error.rate-limited': 'יותר מדי ניסיונות. יש להמתין רגע ולנסות שוב.',
  'error.unauthorised': 'לאתר הזה אין הרשאה להשתמש בשירות.',
  'error.server': 'משהו השתבש אצלנו, לא אצלך.',
  'error.no-backend': 'לא הוגדר שרת: הרכיב הזה צריך כתובת שירות (endpoint).',
  'error.retrying': 'התוכן ייטען מעצמו כשהחיבור או השירות יחזרו לפעול.',
  'error.kept': 'מה שהזנת נשמר: אפשר לנסות שוב בעוד רגע.',
  'error.unknown': 'משהו השתבש. יש לנסות שוב.',
  'time.relative-past': 'לפני פחות מדקה',
};

export default messages;
