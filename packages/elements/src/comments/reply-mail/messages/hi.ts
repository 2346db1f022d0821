// हिन्दी (hi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'जवाबों के लिए ईमेल',
  'comments.form.email-hint':
    'पते की पुष्टि करने के बाद, जब कोई जवाब देगा तो हम आपको ईमेल करेंगे, एक घंटे में ज़्यादा से ज़्यादा एक बार। पता कभी दिखाया नहीं जाता।',
  'comments.form.email-error': 'ईमेल पता सही रूप में लिखें, जैसे name@example.com',
  'comments.posted-email': 'अगर यह पता हमारे लिए नया है, तो जवाबों के बारे में ईमेल पाने के लिए उस पर भेजा गया लिंक खोलें।',
};

export default messages;
