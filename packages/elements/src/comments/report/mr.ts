// मराठी (mr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'आपण या टिप्पणीबद्दल तक्रार का करत आहात?',
  'comments.reason.spam': 'स्पॅम किंवा जाहिरात',
  'comments.reason.abuse': 'अपमानास्पद किंवा आक्षेपार्ह',
  'comments.reason.off-topic': 'विषयाशी संबंधित नाही',
  'comments.reason.personal-data': 'यात वैयक्तिक माहिती आहे',
  'comments.reason.other': 'इतर कारण',
  'comments.reported': 'धन्यवाद. या टिप्पणीबद्दलची तक्रार नियंत्रकांकडे पाठवली आहे.',
  'comments.already-reported': 'आपण या टिप्पणीबद्दल आधीच तक्रार केली आहे.',
  'comments.delete-menu': 'आपली टिप्पणी हटवायची आहे का? तिचा मजकूर आणि आपले नाव कायमचे मिटवले जातील.',
  'comments.delete-yes': 'माझी टिप्पणी हटवा',
  'comments.delete-no': 'राहू द्या',
  'comments.deleted': 'आपली टिप्पणी हटवली गेली आहे.',
};

export default messages;
