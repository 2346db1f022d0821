import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API ٹوکن کا صفحہ، اردو میں۔ */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API ٹوکن',
  'tokens.intro':
    'API ٹوکن کسی اسکرپٹ یا دوسرے سسٹم کو آپ کی جانب سے انتظامی API استعمال کرنے دیتا ہے، تاکہ نتائج کی رات کو برآمد جیسے کام خودکار ہو سکیں۔ یہ وہ سب کر سکتا ہے جس کی آپ کا کردار ({role}) اجازت دیتا ہے۔',
  'tokens.howTo': 'اسکرپٹ ہر API ریکوئسٹ کے Authorization ہیڈر میں ٹوکن بھیجتا ہے:',
  'tokens.loading': 'آپ کے ٹوکن لوڈ ہو رہے ہیں…',
  'tokens.loadError': 'آپ کے ٹوکن لوڈ نہیں ہو سکے: {detail}',
  'tokens.retry': 'دوبارہ کوشش کریں',
  'tokens.none': 'آپ کے پاس کوئی API ٹوکن نہیں ہے۔',
  'tokens.caption': { one: 'آپ کا ٹوکن', other: 'آپ کے {count} ٹوکن' },
  'col.name': 'نام',
  'col.created': 'بنایا گیا',
  'col.lastUsed': 'آخری استعمال',
  'col.status': 'حیثیت',
  'col.actions': 'کارروائیاں',
  'tokens.never': 'کبھی نہیں',
  'tokens.active': 'فعال',
  'tokens.revoked': 'منسوخ',
  'tokens.revoke': 'منسوخ کریں',
  'create.title': 'ٹوکن بنائیں',
  'create.name': 'نام',
  'create.nameHint': 'یہ کس کام کے لیے ہے، تاکہ آپ اسے بعد میں پہچان سکیں۔ مثال کے طور پر: نتائج کی رات کو برآمد۔',
  'create.submit': 'ٹوکن بنائیں',
  'create.working': 'ٹوکن بنایا جا رہا ہے…',
  'create.errorTitle': 'ٹوکن نہیں بنا',
  'create.nameRequired': 'ٹوکن کا نام درج کریں',
  'created.title': 'آپ کا نیا ٹوکن',
  'created.status': 'ٹوکن “{name}” بن گیا ہے۔',
  'created.warning':
    'اسے ابھی کاپی کریں اور محفوظ جگہ رکھیں، مثال کے طور پر کسی پاس ورڈ مینیجر میں یا اپنی آٹومیشن کی خفیہ ترتیبات میں۔ یہ دوبارہ نہیں دکھایا جائے گا۔ جس کے پاس یہ ہو، وہ آپ کی جگہ کام کر سکتا ہے۔',
  'created.label': 'API ٹوکن “{name}”',
  'created.done': 'میں نے اسے محفوظ کر لیا ہے',
  copy: 'ٹوکن کاپی کریں',
  copied: 'ٹوکن کاپی ہو گیا۔',
  copyFailed: 'ٹوکن منتخب ہو گیا ہے: اسے کی بورڈ یا مینو سے کاپی کریں۔',
  'revoke.title': 'ٹوکن “{name}” منسوخ کریں؟',
  'revoke.body':
    'اسے استعمال کرنے والے اسکرپٹ اور سسٹم فوراً کام کرنا بند کر دیں گے۔ اسے واپس نہیں کیا جا سکتا، لیکن آپ نیا ٹوکن بنا سکتے ہیں۔',
  'revoke.confirm': 'جی ہاں، منسوخ کریں',
  'revoke.done': 'ٹوکن “{name}” منسوخ کر دیا گیا ہے۔',
  'revoke.errorTitle': 'ٹوکن منسوخ نہیں ہوا',
  cancel: 'منسوخ کریں',
  'role.admin': 'منتظم',
  'role.editor': 'مدیر',
  'role.moderator': 'ماڈریٹر',
  'role.analyst': 'تجزیہ کار',
};

export default messages;
