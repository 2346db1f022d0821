// मराठी (mr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'टिप्पण्या लोड होत आहेत…',
  'comments.count': { '=0': 'अद्याप एकही टिप्पणी नाही', one: '{count} टिप्पणी', other: '{count} टिप्पण्या' },
  'comments.sort': 'क्रमवारी',
  'comments.sort.newest': 'नवीन आधी',
  'comments.sort.oldest': 'जुने आधी',
  'comments.sort.top': 'सर्वाधिक समर्थन मिळालेले',
  'comments.empty': 'अद्याप एकही टिप्पणी नाही. पहिली टिप्पणी आपण करा.',
  'comments.more': 'आणखी टिप्पण्या दाखवा',
  'comments.new': { one: '{count} नवीन टिप्पणी — दाखवा', other: '{count} नवीन टिप्पण्या — दाखवा' },
  'comments.closed': 'ही चर्चा बंद झाली आहे. आपण टिप्पण्या वाचू शकता, पण नवीन टिप्पण्या जोडू शकत नाही.',
  'comments.form.title': 'टिप्पणी जोडा',
  'comments.form.reply-title': '{name} यांना उत्तर द्या',
  'comments.form.name': 'आपले नाव',
  'comments.form.name-hint': '“अनामिक” म्हणून टिप्पणी करण्यासाठी रिकामे ठेवा. हे नाव सार्वजनिकपणे दाखवले जाते.',
  'comments.form.body': 'टिप्पणी',
  'comments.form.reply-body': 'उत्तर',
  'comments.form.submit': 'टिप्पणी प्रकाशित करा',
  'comments.form.submit-reply': 'उत्तर प्रकाशित करा',
  'comments.form.submitting': 'प्रकाशित करत आहे…',
  'comments.form.cancel': 'रद्द करा',
  'comments.form.required': 'टिप्पणी लिहा.',
  'comments.form.too-long': 'टिप्पणी जास्तीत जास्त {max} अक्षरांची असावी.',
  'comments.posted': 'आपली टिप्पणी प्रकाशित झाली आहे.',
  'comments.posted-pending': 'धन्यवाद. नियंत्रकाने मंजुरी दिल्यानंतर आपली टिप्पणी दिसेल.',
  'comments.pending': 'नियंत्रकाच्या मंजुरीच्या प्रतीक्षेत',
  'comments.upvote': 'समर्थन द्या',
  'comments.upvote-label': {
    '=0': 'या टिप्पणीला समर्थन द्या (अद्याप कोणतेही समर्थन नाही)',
    one: 'या टिप्पणीला समर्थन द्या ({count} समर्थक)',
    other: 'या टिप्पणीला समर्थन द्या ({count} समर्थक)',
  },
  'comments.reply': 'उत्तर द्या',
  'comments.replies-show': { one: '{count} उत्तर दाखवा', other: '{count} उत्तरे दाखवा' },
  'comments.replies-hide': { one: '{count} उत्तर लपवा', other: '{count} उत्तरे लपवा' },
  'comments.report': 'तक्रार करा',
  'comments.delete': 'हटवा',
};

export default messages;
