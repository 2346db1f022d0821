import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API टोकन पान, मराठीत. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API टोकन',
  'tokens.intro':
    'API टोकनमुळे एखादी स्क्रिप्ट किंवा दुसरी प्रणाली आपल्या वतीने प्रशासकीय API वापरू शकते, उदा. दररोज रात्री निकाल निर्यात करण्यासारखे काम स्वयंचलित करण्यासाठी. आपली भूमिका ({role}) ज्याला परवानगी देते ते सर्व ते करू शकते.',
  'tokens.howTo': 'स्क्रिप्ट प्रत्येक विनंतीच्या Authorization हेडरमध्ये टोकन पाठवते:',
  'tokens.loading': 'आपले टोकन लोड होत आहेत…',
  'tokens.loadError': 'आपले टोकन लोड करता आले नाहीत: {detail}',
  'tokens.retry': 'पुन्हा प्रयत्न करा',
  'tokens.none': 'आपल्याकडे कोणतेही API टोकन नाही.',
  'tokens.caption': { one: 'आपले {count} टोकन', other: 'आपले {count} टोकन' },
  'col.name': 'नाव',
  'col.created': 'तयार केले',
  'col.lastUsed': 'शेवटचा वापर',
  'col.status': 'स्थिती',
  'col.actions': 'कृती',
  'tokens.never': 'कधीही नाही',
  'tokens.active': 'सक्रिय',
  'tokens.revoked': 'निरस्त',
  'tokens.revoke': 'निरस्त करा',
  'create.title': 'टोकन तयार करा',
  'create.name': 'नाव',
  'create.nameHint': 'ते कशासाठी आहे, जेणेकरून नंतर आपण ते ओळखू शकाल. उदाहरणार्थ: रात्रीची निकाल निर्यात.',
  'create.submit': 'टोकन तयार करा',
  'create.working': 'टोकन तयार होत आहे…',
  'create.errorTitle': 'टोकन तयार झाले नाही',
  'create.nameRequired': 'टोकनसाठी नाव लिहा',
  'created.title': 'आपले नवीन टोकन',
  'created.status': '“{name}” हे टोकन तयार झाले आहे.',
  'created.warning':
    'ते आताच कॉपी करा आणि सुरक्षित ठेवा, उदाहरणार्थ पासवर्ड व्यवस्थापकात किंवा आपल्या स्वयंचलन प्रणालीच्या गुप्त सेटिंग्जमध्ये. ते पुन्हा दाखवले जाणार नाही. ज्याच्याकडे ते असेल ती व्यक्ती आपल्या नावाने कृती करू शकते.',
  'created.label': 'API टोकन “{name}”',
  'created.done': 'मी ते जतन केले आहे',
  copy: 'टोकन कॉपी करा',
  copied: 'टोकन कॉपी केले.',
  copyFailed: 'टोकन निवडले आहे: ते कीबोर्डने किंवा मेनूमधून कॉपी करा.',
  'revoke.title': '“{name}” हे टोकन निरस्त करायचे?',
  'revoke.body':
    'ते वापरणाऱ्या स्क्रिप्ट आणि प्रणाली लगेच काम करणे थांबवतील. ही कृती पूर्ववत करता येणार नाही, परंतु आपण नवीन टोकन तयार करू शकता.',
  'revoke.confirm': 'होय, निरस्त करा',
  'revoke.done': '“{name}” हे टोकन निरस्त केले आहे.',
  'revoke.errorTitle': 'टोकन निरस्त झाले नाही',
  cancel: 'रद्द करा',
  'role.admin': 'प्रशासक',
  'role.editor': 'संपादक',
  'role.moderator': 'नियंत्रक',
  'role.analyst': 'विश्लेषक',
};

export default messages;
