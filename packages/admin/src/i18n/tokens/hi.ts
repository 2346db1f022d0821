import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API टोकन का पेज, हिंदी में। */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API टोकन',
  'tokens.intro':
    'API टोकन से कोई स्क्रिप्ट या दूसरा सिस्टम आपकी ओर से प्रशासन API का उपयोग कर सकता है, ताकि परिणामों का रात्रिकालीन निर्यात जैसे काम अपने-आप हो सकें। यह वह सब कर सकता है जिसकी आपकी भूमिका ({role}) अनुमति देती है।',
  'tokens.howTo': 'स्क्रिप्ट हर अनुरोध के Authorization हेडर में टोकन भेजती है:',
  'tokens.loading': 'आपके टोकन लोड हो रहे हैं…',
  'tokens.loadError': 'आपके टोकन लोड नहीं हो सके: {detail}',
  'tokens.retry': 'फिर से कोशिश करें',
  'tokens.none': 'आपके पास कोई API टोकन नहीं है।',
  'tokens.caption': { one: 'आपके टोकन ({count})', other: 'आपके टोकन ({count})' },
  'col.name': 'नाम',
  'col.created': 'बनाया गया',
  'col.lastUsed': 'आखिरी उपयोग',
  'col.status': 'स्थिति',
  'col.actions': 'कार्रवाइयाँ',
  'tokens.never': 'कभी नहीं',
  'tokens.active': 'सक्रिय',
  'tokens.revoked': 'रद्द',
  'tokens.revoke': 'रद्द करें',
  'create.title': 'टोकन बनाएँ',
  'create.name': 'नाम',
  'create.nameHint': 'यह किस काम के लिए है, ताकि आप इसे बाद में पहचान सकें। उदाहरण: परिणामों का रात्रिकालीन निर्यात।',
  'create.submit': 'टोकन बनाएँ',
  'create.working': 'टोकन बनाया जा रहा है…',
  'create.errorTitle': 'टोकन नहीं बना',
  'create.nameRequired': 'टोकन का नाम लिखें',
  'created.title': 'आपका नया टोकन',
  'created.status': 'टोकन “{name}” बन गया है।',
  'created.warning':
    'इसे अभी कॉपी करें और सुरक्षित जगह रखें, जैसे किसी पासवर्ड मैनेजर में या अपने ऑटोमेशन की गोपनीय सेटिंग में। यह दोबारा नहीं दिखाया जाएगा। जिसके पास यह है, वह आपकी ओर से काम कर सकता है।',
  'created.label': 'API टोकन “{name}”',
  'created.done': 'मैंने इसे सहेज लिया है',
  copy: 'टोकन कॉपी करें',
  copied: 'टोकन कॉपी हो गया।',
  copyFailed: 'टोकन चुन लिया गया है: इसे कीबोर्ड या मेनू से कॉपी करें।',
  'revoke.title': 'टोकन “{name}” रद्द करें?',
  'revoke.body': 'इसका उपयोग करने वाली स्क्रिप्ट और सिस्टम तुरंत काम करना बंद कर देंगे। इसे पलटा नहीं जा सकता, लेकिन आप नया टोकन बना सकते हैं।',
  'revoke.confirm': 'हाँ, रद्द करें',
  'revoke.done': 'टोकन “{name}” रद्द कर दिया गया है।',
  'revoke.errorTitle': 'टोकन रद्द नहीं हुआ',
  cancel: 'रद्द करें',
  'role.admin': 'प्रशासक',
  'role.editor': 'संपादक',
  'role.moderator': 'मॉडरेटर',
  'role.analyst': 'विश्लेषक',
};

export default messages;
