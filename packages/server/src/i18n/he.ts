// עברית (he): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, string>>> = {
  'mail.confirm.subject': 'אישור החתימה שלך: {title}',
  'mail.confirm.body':
    'ביקשת לחתום על העצומה "{title}".\n\nכדי לאשר את החתימה, יש לפתוח את הקישור הזה וללחוץ על הכפתור "לאשר את החתימה שלי":\n{link}\n\nהקישור תקף למשך {duration}. החתימה נספרת רק אחרי שהיא מאושרת. אם לא ביקשת לחתום, אפשר להתעלם מההודעה הזו: שום חתימה לא תירשם.',
  'mail.confirm.withdraw': 'אם שינית את דעתך, אפשר לבטל את החתימה כל עוד העצומה פתוחה:\n{withdrawLink}',
  'mail.already.subject': 'כבר חתמת: {title}',
  'mail.already.body':
    'מישהו ניסה לחתום על העצומה "{title}" עם כתובת הדוא״ל הזו, שכבר חתמה עליה. כל כתובת יכולה לחתום פעם אחת בלבד, ולכן שום דבר לא השתנה.',
  'mail.footer': '{agency}',
  'page.confirm.title': 'אישור החתימה',
  'page.confirm.intro': 'ביקשת לחתום על העצומה הזו. החתימה נספרת רק אחרי שמאשרים אותה.',
  'page.confirm.button': 'לאשר את החתימה שלי',
  'page.confirm.ignore': 'אם לא ביקשת לחתום, אפשר לסגור את הדף: שום חתימה לא תירשם.',
  'page.petition': 'עצומה: {title}',
  'page.confirmed.title': 'החתימה אושרה',
  'page.confirmed.body': 'תודה. החתימה שלך אושרה ועכשיו היא נספרת.',
  'page.already.title': 'החתימה כבר אושרה',
  'page.already.body': 'החתימה שלך כבר אושרה. היא נספרת פעם אחת.',
  'page.unknown.title': 'הקישור לא זוהה',
  'page.unknown.body': 'קישור האישור הזה אינו תקין. יש לוודא שנפתח הקישור המלא מהודעת הדוא״ל האחרונה, או לחתום שוב על העצומה.',
  'page.expired.title': 'תוקף הקישור פג',
  'page.expired.body':
    'קישורי אישור תקפים למשך {duration}, ותוקפו של הקישור הזה פג. אפשר לחתום שוב על העצומה כדי לקבל קישור חדש.',
  'page.closed.title': 'העצומה אינה פתוחה',
  'page.closed.body': 'העצומה הזו אינה מקבלת חתימות, ולכן החתימה שלך לא אושרה.',
  'page.refused.title': 'האישור נדחה',
  'page.refused.body': 'יש לאשר את החתימה באמצעות הכפתור שבדף שנפתח מהקישור בהודעת הדוא״ל.',
  'page.withdraw.title': 'ביטול החתימה',
  'page.withdraw.intro': 'החתימה, השם וכתובת הדוא״ל שלך יוסרו מהעצומה הזו. לא יהיה אפשר לשחזר אותם.',
  'page.withdraw.button': 'לבטל את החתימה שלי',
  'page.withdraw.ignore': 'אם אין ברצונך לבטל את החתימה, אפשר לסגור את הדף: שום דבר לא ישתנה.',
  'page.withdrawn.title': 'החתימה בוטלה',
  'page.withdrawn.body': 'החתימה שלך הוסרה מהעצומה, יחד עם השם וכתובת הדוא״ל שלך.',
  'page.withdraw.closed': 'העצומה הזו כבר אינה פתוחה, ולכן אי אפשר עוד לשנות את החתימות עליה.',
  'page.confirm.updates': 'לשלוח לי הודעה בדוא״ל כשהעצומה הזו מגיעה ליעד ביניים, מקבלת תגובה או נסגרת',
  'mail.update.milestone.subject': 'חתימות: {count} — {title}',
  'mail.update.milestone.body': 'העצומה "{title}" שחתמת עליה הגיעה ליעד ביניים. חתימות: {count}.',
  'mail.update.response.subject': 'תגובה לעצומה: {title}',
  'mail.update.response.body': 'התקבלה תגובה של {agency} לעצומה "{title}" שחתמת עליה:\n\n{response}',
  'mail.update.closed.subject': 'העצומה נסגרה: {title}',
  'mail.update.closed.body': 'העצומה "{title}" שחתמת עליה נסגרה. חתימות: {count}. אם תפורסם תגובה, היא תישלח אליך בדוא״ל.',
  'mail.update.stop':
    'ההודעות האלה נשלחות אליך כי ביקשת אותן כשאישרת את החתימה. כדי להפסיק אותן, יש לפתוח את הקישור הזה:\n{link}',
  'page.updates.title': 'הפסקת ההודעות על העצומה הזו',
  'page.updates.intro': 'לא יישלחו אליך עוד הודעות על העצומה הזו. החתימה שלך עדיין נספרת.',
  'page.updates.button': 'להפסיק את ההודעות',
  'page.updates.stopped.title': 'ההודעות הופסקו',
  'page.updates.stopped.body': 'לא יישלחו אליך עוד הודעות על העצומה הזו. החתימה שלך עדיין נספרת.',
  'page.back': 'חזרה לעצומה',
  'page.home': 'מעבר אל {agency}',
};

export default messages;
