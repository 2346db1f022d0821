// नेपाली (ne): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'तपाईं यो टिप्पणी किन रिपोर्ट गर्दै हुनुहुन्छ?',
  'comments.reason.spam': 'स्प्याम वा विज्ञापन',
  'comments.reason.abuse': 'अपमानजनक वा आपत्तिजनक',
  'comments.reason.off-topic': 'विषयसँग असम्बन्धित',
  'comments.reason.personal-data': 'व्यक्तिगत जानकारी समावेश छ',
  'comments.reason.other': 'अन्य कारण',
  'comments.reported': 'धन्यवाद। यो टिप्पणी मोडरेटरहरूलाई रिपोर्ट गरिएको छ।',
  'comments.already-reported': 'तपाईंले यो टिप्पणी पहिले नै रिपोर्ट गरिसक्नुभएको छ।',
  'comments.delete-menu': 'के तपाईं आफ्नो टिप्पणी मेटाउन चाहनुहुन्छ? यसको पाठ र तपाईंको नाम सधैँका लागि मेटिनेछन्।',
  'comments.delete-yes': 'मेरो टिप्पणी मेटाउनुहोस्',
  'comments.delete-no': 'नमेटाउनुहोस्',
  'comments.deleted': 'तपाईंको टिप्पणी मेटाइयो।',
};

export default messages;
