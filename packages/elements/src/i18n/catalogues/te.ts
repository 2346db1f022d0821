// తెలుగు (te): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'లోడ్ అవుతోంది…',
  'common.retry': 'మళ్లీ ప్రయత్నించండి',
  'common.anonymous': 'అజ్ఞాత',
  'common.honeypot': 'ఈ ఫీల్డ్‌ను ఖాళీగా వదిలేయండి',
  'common.optional': '(ఐచ్ఛికం)',
  'common.characters-left': { one: 'ఇంకా ఒక అక్షరం మిగిలి ఉంది', other: 'ఇంకా {count} అక్షరాలు మిగిలి ఉన్నాయి' },
  'common.characters-over': { one: 'ఒక అక్షరం ఎక్కువగా ఉంది', other: '{count} అక్షరాలు ఎక్కువగా ఉన్నాయి' },
  'error.offline': 'మీరు ఆఫ్‌లైన్‌లో ఉన్నట్లు కనిపిస్తోంది. మీ ఇంటర్నెట్ కనెక్షన్‌ను తనిఖీ చేయండి.',
  'error.network': 'ప్రస్తుతం మేము సేవను చేరుకోలేకపోతున్నాము. సమస్య మీ వైపు లేదు.',
  'error.timeout': 'సేవ సమాధానం ఇవ్వడానికి చాలా సమయం తీసుకుంటోంది. అది రద్దీగా ఉండవచ్చు.',
  'error.not-found': 'ఈ కంటెంట్ కనిపించలేదు. దీన్ని తీసివేసి ఉండవచ్చు.',
  'error.invalid-input': 'కొంత సమాచారం సరిగ్గా లేదు. దాన్ని తనిఖీ చేసి మళ్లీ ప్రయత్నించండి.',
  'error.already-done': 'మీరు ఇది ఇప్పటికే చేశారు.',
  'error.closed': 'ఇది మూసివేయబడింది.',
  'error.rate-limited': 'చాలా ఎక్కువ ప్రయత్నాలు జరిగాయి. కొద్దిసేపు ఆగి మళ్లీ ప్రయత్నించండి.',
  'error.unauthorised': 'ఈ వెబ్‌సైట్‌కు ఈ సేవను ఉపయోగించే అనుమతి లేదు.',
  'error.server': 'మా వైపు ఏదో పొరపాటు జరిగింది, మీ వైపు కాదు.',
  'error.no-backend': 'బ్యాక్‌ఎండ్ సెట్ చేయలేదు: ఈ విడ్జెట్‌కు ఒక ఎండ్‌పాయింట్ అవసరం.',
  'error.retrying': 'కనెక్షన్ లేదా సేవ తిరిగి అందుబాటులోకి వచ్చినప్పుడు ఇది దానంతట అదే లోడ్ అవుతుంది.',
  'error.kept': 'మీరు నమోదు చేసినది భద్రంగా ఉంది: కొద్దిసేపట్లో మళ్లీ ప్రయత్నించండి.',
  'error.unknown': 'ఏదో పొరపాటు జరిగింది. మళ్లీ ప్రయత్నించండి.',
  'time.relative-past': 'ఒక నిమిషం కంటే తక్కువ సమయం క్రితం',
};

export default messages;
