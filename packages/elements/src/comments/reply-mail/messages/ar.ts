// العربية (ar): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'البريد الإلكتروني لتلقي الردود',
  'comments.form.email-hint': 'نرسل إليك رسالة عندما يردّ أحد، بحدٍّ أقصى مرة واحدة كل ساعة، بعد أن تؤكِّد العنوان. لا يُعرض أبدًا.',
  'comments.form.email-error': 'أدخل بريدًا إلكترونيًا بالصيغة الصحيحة، مثل name@example.com.',
  'comments.posted-email': 'إن كان هذا العنوان جديدًا لدينا، فافتح الرابط الذي أرسلناه إليه لتصلك رسائل بشأن الردود.',
};

export default messages;
