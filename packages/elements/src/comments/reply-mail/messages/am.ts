// አማርኛ (am): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'ለመልሶች የሚሆን ኢሜይል',
  'comments.form.email-hint': 'አድራሻውን ካረጋገጡ በኋላ አንድ ሰው መልስ ሲሰጥ በሰዓት ቢበዛ አንድ ጊዜ ኢሜይል እንልክልዎታለን። በጭራሽ አይታይም።',
  'comments.form.email-error': 'የኢሜይል አድራሻ በትክክለኛ ቅርጸት ያስገቡ (ለምሳሌ name@example.com)።',
  'comments.posted-email': 'ይህ አድራሻ ለእኛ አዲስ ከሆነ፣ ስለ መልሶች ኢሜይል ለማግኘት ወደ እሱ የላክነውን ሊንክ ይክፈቱ።',
};

export default messages;
