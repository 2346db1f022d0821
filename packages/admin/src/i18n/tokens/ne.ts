import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API टोकनहरूको पृष्ठ, नेपालीमा। */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API टोकनहरू',
  'tokens.intro':
    'API टोकनले कुनै स्क्रिप्ट वा अर्को प्रणालीलाई तपाईंको तर्फबाट प्रशासनिक API प्रयोग गर्न दिन्छ, जस्तै हरेक रात नतिजा निर्यात गर्ने काम स्वचालित बनाउन। तपाईंको भूमिका ({role}) ले अनुमति दिने सबै काम यसले गर्न सक्छ।',
  'tokens.howTo': 'स्क्रिप्टले हरेक अनुरोधको Authorization हेडरमा टोकन पठाउँछ:',
  'tokens.loading': 'तपाईंका टोकनहरू लोड हुँदै…',
  'tokens.loadError': 'तपाईंका टोकनहरू लोड गर्न सकिएन: {detail}',
  'tokens.retry': 'फेरि प्रयास गर्नुहोस्',
  'tokens.none': 'तपाईंसँग कुनै API टोकन छैन।',
  'tokens.caption': { one: 'तपाईंको {count} टोकन', other: 'तपाईंका {count} टोकनहरू' },
  'col.name': 'नाम',
  'col.created': 'बनाइएको',
  'col.lastUsed': 'अन्तिम पटक प्रयोग',
  'col.status': 'स्थिति',
  'col.actions': 'कार्यहरू',
  'tokens.never': 'कहिल्यै होइन',
  'tokens.active': 'सक्रिय',
  'tokens.revoked': 'खारेज गरिएको',
  'tokens.revoke': 'खारेज गर्नुहोस्',
  'create.title': 'टोकन बनाउनुहोस्',
  'create.name': 'नाम',
  'create.nameHint': 'यो केका लागि हो, ताकि तपाईंले पछि चिन्न सक्नुहोस्। उदाहरणका लागि: राति हुने नतिजा निर्यात।',
  'create.submit': 'टोकन बनाउनुहोस्',
  'create.working': 'टोकन बनाउँदै…',
  'create.errorTitle': 'टोकन बनाइएन',
  'create.nameRequired': 'टोकनको नाम लेख्नुहोस्',
  'created.title': 'तपाईंको नयाँ टोकन',
  'created.status': '“{name}” टोकन बनाइयो।',
  'created.warning':
    'यसलाई अहिले नै प्रतिलिपि गरेर सुरक्षित ठाउँमा राख्नुहोस्, जस्तै पासवर्ड म्यानेजरमा वा तपाईंको स्वचालन प्रणालीको गोप्य सेटिङहरूमा। यो फेरि देखाइने छैन। यो जोसँग हुन्छ, उसले तपाईंको रूपमा काम गर्न सक्छ।',
  'created.label': 'API टोकन “{name}”',
  'created.done': 'मैले यसलाई सुरक्षित राखें',
  copy: 'टोकन प्रतिलिपि गर्नुहोस्',
  copied: 'टोकन प्रतिलिपि गरियो।',
  copyFailed: 'टोकन चयन गरिएको छ: किबोर्ड वा मेनुबाट प्रतिलिपि गर्नुहोस्।',
  'revoke.title': '“{name}” टोकन खारेज गर्ने हो?',
  'revoke.body': 'यसलाई प्रयोग गर्ने स्क्रिप्ट र प्रणालीहरूले तुरुन्तै काम गर्न छोड्नेछन्। यसलाई पछि फर्काउन सकिँदैन, तर तपाईं नयाँ टोकन बनाउन सक्नुहुन्छ।',
  'revoke.confirm': 'हो, खारेज गर्नुहोस्',
  'revoke.done': '“{name}” टोकन खारेज गरियो।',
  'revoke.errorTitle': 'टोकन खारेज गरिएन',
  cancel: 'रद्द गर्नुहोस्',
  'role.admin': 'प्रशासक',
  'role.editor': 'सम्पादक',
  'role.moderator': 'मोडरेटर',
  'role.analyst': 'विश्लेषक',
};

export default messages;
