// हिन्दी (hi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'आप इस टिप्पणी की रिपोर्ट क्यों कर रहे हैं?',
  'comments.reason.spam': 'स्पैम या विज्ञापन',
  'comments.reason.abuse': 'अपमानजनक या आपत्तिजनक',
  'comments.reason.off-topic': 'विषय से हटकर',
  'comments.reason.personal-data': 'इसमें निजी जानकारी है',
  'comments.reason.other': 'कोई और कारण',
  'comments.reported': 'धन्यवाद। इस टिप्पणी की रिपोर्ट मॉडरेटरों को भेज दी गई है।',
  'comments.already-reported': 'आप इस टिप्पणी की रिपोर्ट पहले ही कर चुके हैं।',
  'comments.delete-menu': 'क्या आप अपनी टिप्पणी हटाना चाहते हैं? इसका पाठ और आपका नाम हमेशा के लिए मिटा दिए जाएँगे।',
  'comments.delete-yes': 'मेरी टिप्पणी हटाएँ',
  'comments.delete-no': 'रहने दें',
  'comments.deleted': 'आपकी टिप्पणी हटा दी गई है।',
};

export default messages;
