import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API టోకెన్‌ల పేజీ, తెలుగులో. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API టోకెన్‌లు',
  'tokens.intro':
    'API టోకెన్ ద్వారా ఒక స్క్రిప్ట్ లేదా మరో వ్యవస్థ మీ తరఫున అడ్మిన్ APIని ఉపయోగించగలదు, ఉదాహరణకు ప్రతి రాత్రి ఫలితాల ఎగుమతి వంటి పనిని ఆటోమేట్ చేయడానికి. మీ పాత్ర ({role}) అనుమతించే పనులన్నీ అది చేయగలదు.',
  'tokens.howTo': 'స్క్రిప్ట్ ప్రతి అభ్యర్థనలోని Authorization హెడర్‌లో టోకెన్‌ను పంపుతుంది:',
  'tokens.loading': 'మీ టోకెన్‌లు లోడ్ అవుతున్నాయి…',
  'tokens.loadError': 'మీ టోకెన్‌లను లోడ్ చేయడం సాధ్యం కాలేదు: {detail}',
  'tokens.retry': 'మళ్లీ ప్రయత్నించండి',
  'tokens.none': 'మీకు API టోకెన్‌లు ఏవీ లేవు.',
  'tokens.caption': { one: 'మీ {count} టోకెన్', other: 'మీ {count} టోకెన్‌లు' },
  'col.name': 'పేరు',
  'col.created': 'సృష్టించిన తేదీ',
  'col.lastUsed': 'చివరిగా ఉపయోగించింది',
  'col.status': 'స్థితి',
  'col.actions': 'చర్యలు',
  'tokens.never': 'ఎప్పుడూ లేదు',
  'tokens.active': 'సక్రియం',
  'tokens.revoked': 'ఉపసంహరించబడింది',
  'tokens.revoke': 'ఉపసంహరించండి',
  'create.title': 'టోకెన్‌ను సృష్టించండి',
  'create.name': 'పేరు',
  'create.nameHint': 'ఇది దేని కోసం, తద్వారా మీరు తర్వాత దీన్ని గుర్తించగలరు. ఉదాహరణకు: రాత్రి ఫలితాల ఎగుమతి.',
  'create.submit': 'టోకెన్‌ను సృష్టించండి',
  'create.working': 'టోకెన్ సృష్టించబడుతోంది…',
  'create.errorTitle': 'టోకెన్ సృష్టించబడలేదు',
  'create.nameRequired': 'టోకెన్‌కు ఒక పేరు నమోదు చేయండి',
  'created.title': 'మీ కొత్త టోకెన్',
  'created.status': '“{name}” టోకెన్ సృష్టించబడింది.',
  'created.warning':
    'దీన్ని ఇప్పుడే కాపీ చేసి సురక్షితంగా భద్రపరచండి, ఉదాహరణకు పాస్‌వర్డ్ మేనేజర్‌లో లేదా మీ ఆటోమేషన్ రహస్య సెట్టింగ్‌లలో. ఇది మళ్లీ చూపబడదు. ఇది ఎవరి దగ్గర ఉంటే వారు మీలా వ్యవహరించగలరు.',
  'created.label': 'API టోకెన్ “{name}”',
  'created.done': 'నేను దీన్ని భద్రపరిచాను',
  copy: 'టోకెన్‌ను కాపీ చేయండి',
  copied: 'టోకెన్ కాపీ అయింది.',
  copyFailed: 'టోకెన్ ఎంచుకోబడింది: మీ కీబోర్డ్ లేదా మెనూతో దాన్ని కాపీ చేయండి.',
  'revoke.title': '“{name}” టోకెన్‌ను ఉపసంహరించాలా?',
  'revoke.body': 'దీన్ని ఉపయోగించే స్క్రిప్ట్‌లు మరియు వ్యవస్థలు వెంటనే పనిచేయడం ఆగిపోతాయి. దీన్ని రద్దు చేయలేరు, కానీ మీరు కొత్త టోకెన్‌ను సృష్టించవచ్చు.',
  'revoke.confirm': 'అవును, ఉపసంహరించండి',
  'revoke.done': '“{name}” టోకెన్ ఉపసంహరించబడింది.',
  'revoke.errorTitle': 'టోకెన్ ఉపసంహరించబడలేదు',
  cancel: 'రద్దు చేయండి',
  'role.admin': 'అడ్మినిస్ట్రేటర్',
  'role.editor': 'సంపాదకులు',
  'role.moderator': 'వ్యాఖ్యల నిర్వాహకులు',
  'role.analyst': 'విశ్లేషకులు',
};

export default messages;
