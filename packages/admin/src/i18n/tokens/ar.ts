import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** صفحة رموز الواجهة البرمجية، بالعربية. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'رموز الواجهة البرمجية',
  'tokens.intro':
    'يتيح رمز الواجهة البرمجية لبرنامج نصي أو لنظام آخر استخدام واجهة الإدارة البرمجية نيابةً عنك، لأتمتة أعمال مثل تصدير النتائج كل ليلة. يمكنه فعل ما يسمح به دورك ({role}).',
  'tokens.howTo': 'يرسل البرنامج النصي الرمز في ترويسة Authorization مع كل طلب:',
  'tokens.loading': 'جارٍ تحميل رموزك…',
  'tokens.loadError': 'تعذّر تحميل رموزك: {detail}',
  'tokens.retry': 'إعادة المحاولة',
  'tokens.none': 'ليس لديك أي رموز للواجهة البرمجية.',
  'tokens.caption': {
    zero: 'ليس لديك رموز',
    one: 'رمزك الوحيد',
    two: 'رمزاك',
    few: 'رموزك ({count})',
    many: 'رموزك ({count})',
    other: 'رموزك ({count})',
  },
  'col.name': 'الاسم',
  'col.created': 'تاريخ الإنشاء',
  'col.lastUsed': 'آخر استخدام',
  'col.status': 'الحالة',
  'col.actions': 'الإجراءات',
  'tokens.never': 'أبدًا',
  'tokens.active': 'نشط',
  'tokens.revoked': 'مُبطَل',
  'tokens.revoke': 'إبطال',
  'create.title': 'إنشاء رمز',
  'create.name': 'الاسم',
  'create.nameHint': 'الغرض منه، لتتعرف عليه لاحقًا. مثلًا: تصدير النتائج الليلي.',
  'create.submit': 'إنشاء الرمز',
  'create.working': 'جارٍ إنشاء الرمز…',
  'create.errorTitle': 'لم يتم إنشاء الرمز',
  'create.nameRequired': 'أدخل اسمًا للرمز',
  'created.title': 'رمزك الجديد',
  'created.status': 'تم إنشاء الرمز «{name}».',
  'created.warning':
    'انسخه الآن واحفظه في مكان آمن، مثلًا في مدير كلمات المرور أو في الإعدادات السرية لأداة الأتمتة. لن يُعرض مرة أخرى. يستطيع أي شخص يملكه التصرف باسمك.',
  'created.label': 'رمز الواجهة البرمجية «{name}»',
  'created.done': 'لقد حفظته',
  copy: 'نسخ الرمز',
  copied: 'تم نسخ الرمز.',
  copyFailed: 'الرمز محدد: انسخه باستخدام لوحة المفاتيح أو القائمة.',
  'revoke.title': 'هل تريد إبطال الرمز «{name}»؟',
  'revoke.body': 'تتوقف البرامج النصية والأنظمة التي تستخدمه عن العمل فورًا. لا يمكن التراجع عن ذلك، لكن يمكنك إنشاء رمز جديد.',
  'revoke.confirm': 'نعم، أبطِل الرمز',
  'revoke.done': 'تم إبطال الرمز «{name}».',
  'revoke.errorTitle': 'لم يتم إبطال الرمز',
  cancel: 'إلغاء',
  'role.admin': 'مسؤول',
  'role.editor': 'محرر',
  'role.moderator': 'مشرف',
  'role.analyst': 'محلل',
};

export default messages;
