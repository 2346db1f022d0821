import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** דף אסימוני ה-API, בעברית. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'אסימוני API',
  'tokens.intro':
    'אסימון API מאפשר לסקריפט או למערכת אחרת להשתמש ב-API לניהול בשמך, כדי להפוך עבודה לאוטומטית, למשל ייצוא לילי של תוצאות. הוא יכול לעשות את מה שהתפקיד שלך מתיר ({role}).',
  'tokens.howTo': 'הסקריפט שולח את האסימון בכותרת Authorization של כל בקשה:',
  'tokens.loading': 'האסימונים שלך נטענים…',
  'tokens.loadError': 'לא ניתן היה לטעון את האסימונים שלך: {detail}',
  'tokens.retry': 'לנסות שוב',
  'tokens.none': 'אין לך אסימוני API.',
  'tokens.caption': { one: 'האסימון שלך', two: 'האסימונים שלך ({count})', other: 'האסימונים שלך ({count})' },
  'col.name': 'שם',
  'col.created': 'נוצר',
  'col.lastUsed': 'שימוש אחרון',
  'col.status': 'מצב',
  'col.actions': 'פעולות',
  'tokens.never': 'אף פעם',
  'tokens.active': 'פעיל',
  'tokens.revoked': 'בוטל',
  'tokens.revoke': 'לבטל',
  'create.title': 'יצירת אסימון',
  'create.name': 'שם',
  'create.nameHint': 'למה הוא משמש, כדי שיהיה קל לזהות אותו בהמשך. למשל: ייצוא לילי של תוצאות.',
  'create.submit': 'ליצור אסימון',
  'create.working': 'האסימון נוצר…',
  'create.errorTitle': 'האסימון לא נוצר',
  'create.nameRequired': 'יש להזין שם לאסימון',
  'created.title': 'האסימון החדש שלך',
  'created.status': 'האסימון „{name}” נוצר.',
  'created.warning':
    'יש להעתיק אותו עכשיו ולשמור אותו במקום בטוח, למשל במנהל סיסמאות או בהגדרות הסודיות של האוטומציה. הוא לא יוצג שוב. כל מי שמחזיק בו יכול לפעול בשמך.',
  'created.label': 'אסימון API „{name}”',
  'created.done': 'שמרתי אותו',
  copy: 'להעתיק את האסימון',
  copied: 'האסימון הועתק.',
  copyFailed: 'האסימון מסומן: אפשר להעתיק אותו בעזרת המקלדת או התפריט.',
  'revoke.title': 'לבטל את האסימון „{name}”?',
  'revoke.body': 'סקריפטים ומערכות שמשתמשים בו יפסיקו לעבוד מיד. אי אפשר לבטל את הפעולה, אבל אפשר ליצור אסימון חדש.',
  'revoke.confirm': 'כן, לבטל',
  'revoke.done': 'האסימון „{name}” בוטל.',
  'revoke.errorTitle': 'האסימון לא בוטל',
  cancel: 'ביטול',
  'role.admin': 'מנהל מערכת',
  'role.editor': 'עורך',
  'role.moderator': 'מנהל תגובות',
  'role.analyst': 'אנליסט',
};

export default messages;
