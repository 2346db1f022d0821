// עברית (he): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'העצומה נטענת…',
  'petition.full-text': 'לקריאת העצומה המלאה',
  'petition.signatures': { '=0': 'עדיין אין חתימות', one: 'חתימה אחת', two: '{count} חתימות', other: '{count} חתימות' },
  'petition.progress': 'חתימות: {count} מתוך {goal} ({percent})',
  'petition.milestones': 'יעדי ביניים',
  'petition.milestone': { one: '{count} חתימה — {label}', two: '{count} חתימות — {label}', other: '{count} חתימות — {label}' },
  'petition.reached': '(✓ הושג)',
  'petition.milestone-reached': 'יעד הביניים הושג: {label}.',
  'petition.closes': 'אפשר לחתום עד {date}.',
  'petition.opens': 'אפשר יהיה לחתום על העצומה החל מ-{date}.',
  'petition.closed': 'העצומה סגורה. לא ניתן עוד לחתום עליה.',
  'petition.response': 'תגובה רשמית',
  'petition.responded-on': 'פורסמה בתאריך {date}.',
  'petition.recent': 'חתמו לאחרונה',
  'petition.sign': 'לחתום על העצומה הזו',
  'petition.name': 'שם מלא',
  'petition.email': 'כתובת דוא״ל',
  'petition.email-hint': 'נשלח אליך קישור לאישור החתימה.',
  'petition.region': 'מקום מגורים',
  'petition.region-choose': 'יש לבחור מקום מגורים',
  'petition.consent': 'אני מסכים/ה שהשם, כתובת הדוא״ל והאזור שלי יעובדו לצורך רישום החתימה, כמפורט ב{privacy}.',
  'petition.privacy-notice': 'מדיניות הפרטיות',
  'petition.show-name': 'להציג את השם שלי ברשימת החותמים הפומבית',
  'petition.submit': 'לחתום על העצומה',
  'petition.submitting': 'החתימה נשלחת…',
  'petition.error-summary': 'יש בעיה',
  'petition.error.name': 'יש להזין שם מלא.',
  'petition.error.email-empty': 'יש להזין כתובת דוא״ל.',
  'petition.error.email': 'יש להזין כתובת דוא״ל בפורמט הנכון, למשל name@example.com.',
  'petition.error.region': 'יש לבחור מקום מגורים.',
  'petition.error.consent': 'כדי לחתום, יש לתת הסכמה.',
  'petition.check-email': 'יש לבדוק את הדוא״ל',
  'petition.check-email-body': 'שלחנו קישור אל {email}. יש לפתוח אותו כדי לאשר את החתימה: החתימה נספרת רק אחרי האישור.',
  'petition.check-email-help':
    'אם שום הודעה לא מגיעה תוך כמה דקות, כדאי לבדוק בתיקיית דואר הזבל (ספאם), או לחתום שוב עם אותה כתובת כדי לקבל קישור חדש.',
  'petition.share': 'לשתף את העצומה',
  'petition.copied': 'הקישור הועתק.',
};

export default messages;
