// हिन्दी (hi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'टिप्पणियाँ लोड हो रही हैं…',
  'comments.count': { '=0': 'अभी तक कोई टिप्पणी नहीं', one: '{count} टिप्पणी', other: '{count} टिप्पणियाँ' },
  'comments.sort': 'क्रम',
  'comments.sort.newest': 'नई पहले',
  'comments.sort.oldest': 'पुरानी पहले',
  'comments.sort.top': 'सबसे ज़्यादा समर्थन वाली',
  'comments.empty': 'अभी तक कोई टिप्पणी नहीं है। सबसे पहले टिप्पणी करें।',
  'comments.more': 'और टिप्पणियाँ दिखाएँ',
  'comments.new': { one: '{count} नई टिप्पणी — दिखाएँ', other: '{count} नई टिप्पणियाँ — दिखाएँ' },
  'comments.closed': 'यह चर्चा बंद है। आप टिप्पणियाँ पढ़ सकते हैं, लेकिन नई टिप्पणी नहीं जोड़ सकते।',
  'comments.form.title': 'टिप्पणी जोड़ें',
  'comments.form.reply-title': '{name} को जवाब दें',
  'comments.form.name': 'आपका नाम',
  'comments.form.name-hint': '“अनाम” के रूप में टिप्पणी करने के लिए खाली छोड़ दें। नाम सबको दिखाया जाता है।',
  'comments.form.body': 'टिप्पणी',
  'comments.form.reply-body': 'जवाब',
  'comments.form.submit': 'टिप्पणी प्रकाशित करें',
  'comments.form.submit-reply': 'जवाब प्रकाशित करें',
  'comments.form.submitting': 'प्रकाशित हो रहा है…',
  'comments.form.cancel': 'रद्द करें',
  'comments.form.required': 'टिप्पणी लिखें।',
  'comments.form.too-long': 'टिप्पणी में ज़्यादा से ज़्यादा {max} अक्षर हो सकते हैं।',
  'comments.posted': 'आपकी टिप्पणी प्रकाशित हो गई है।',
  'comments.posted-pending': 'धन्यवाद। मॉडरेटर की मंज़ूरी के बाद आपकी टिप्पणी दिखाई देगी।',
  'comments.pending': 'मंज़ूरी की प्रतीक्षा में',
  'comments.upvote': 'समर्थन करें',
  'comments.upvote-label': {
    '=0': 'इस टिप्पणी का समर्थन करें (अभी तक कोई समर्थक नहीं)',
    one: 'इस टिप्पणी का समर्थन करें ({count} समर्थक)',
    other: 'इस टिप्पणी का समर्थन करें ({count} समर्थक)',
  },
  'comments.reply': 'जवाब दें',
  'comments.replies-show': { one: '{count} जवाब दिखाएँ', other: '{count} जवाब दिखाएँ' },
  'comments.replies-hide': { one: '{count} जवाब छिपाएँ', other: '{count} जवाब छिपाएँ' },
  'comments.report': 'रिपोर्ट करें',
  'comments.delete': 'हटाएँ',
};

export default messages;
