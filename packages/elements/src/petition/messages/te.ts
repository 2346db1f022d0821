// తెలుగు (te): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'పిటిషన్ లోడ్ అవుతోంది…',
  'petition.full-text': 'పూర్తి పిటిషన్ చదవండి',
  'petition.signatures': { '=0': 'ఇంకా సంతకాలు లేవు', one: 'ఒక సంతకం', other: '{count} సంతకాలు' },
  'petition.progress': 'సంతకాలు: {goal}లో {count} ({percent})',
  'petition.milestones': 'మధ్యంతర లక్ష్యాలు',
  'petition.milestone': { one: '{count} సంతకం — {label}', other: '{count} సంతకాలు — {label}' },
  'petition.reached': '(✓ పూర్తయింది)',
  'petition.milestone-reached': 'మధ్యంతర లక్ష్యం పూర్తయింది: {label}.',
  'petition.closes': '{date} వరకు సంతకం చేయవచ్చు.',
  'petition.opens': 'ఈ పిటిషన్‌పై {date} నుండి సంతకం చేయవచ్చు.',
  'petition.closed': 'ఈ పిటిషన్ ముగిసింది. ఇకపై సంతకాలు స్వీకరించబడవు.',
  'petition.response': 'అధికారిక సమాధానం',
  'petition.responded-on': '{date}న ప్రచురించబడింది.',
  'petition.recent': 'ఇటీవల సంతకం చేసినవారు',
  'petition.sign': 'ఈ పిటిషన్‌పై సంతకం చేయండి',
  'petition.name': 'పూర్తి పేరు',
  'petition.email': 'ఈమెయిల్ చిరునామా',
  'petition.email-hint': 'మీ సంతకాన్ని నిర్ధారించడానికి మేము మీకు ఒక లింక్ పంపుతాము.',
  'petition.region': 'మీరు నివసించే ప్రాంతం',
  'petition.region-choose': 'మీరు నివసించే ప్రాంతాన్ని ఎంచుకోండి',
  'petition.consent': '{privacy} వివరించినట్లుగా, నా సంతకాన్ని నమోదు చేయడానికి నా పేరు, ఈమెయిల్ చిరునామా, ప్రాంతం ఉపయోగించబడటానికి నేను అంగీకరిస్తున్నాను.',
  'petition.privacy-notice': 'గోప్యతా నోటీసులో',
  'petition.show-name': 'సంతకం చేసినవారి జాబితాలో నా పేరును అందరికీ చూపండి',
  'petition.submit': 'పిటిషన్‌పై సంతకం చేయండి',
  'petition.submitting': 'సంతకం చేయబడుతోంది…',
  'petition.error-summary': 'ఒక సమస్య ఉంది',
  'petition.error.name': 'మీ పూర్తి పేరును నమోదు చేయండి.',
  'petition.error.email-empty': 'మీ ఈమెయిల్ చిరునామాను నమోదు చేయండి.',
  'petition.error.email': 'ఈమెయిల్ చిరునామాను సరైన రూపంలో నమోదు చేయండి, ఉదాహరణకు name@example.com.',
  'petition.error.region': 'మీరు నివసించే ప్రాంతాన్ని ఎంచుకోండి.',
  'petition.error.consent': 'సంతకం చేయడానికి ముందు మీరు అంగీకరించాలి.',
  'petition.check-email': 'మీ ఈమెయిల్ చూడండి',
  'petition.check-email-body': 'మేము {email} చిరునామాకు ఒక లింక్ పంపాము. మీ సంతకాన్ని నిర్ధారించడానికి దాన్ని తెరవండి: నిర్ధారించిన తర్వాతే సంతకం లెక్కలోకి వస్తుంది.',
  'petition.check-email-help': 'కొన్ని నిమిషాల్లో ఏమీ రాకపోతే, మీ స్పామ్ ఫోల్డర్‌ను చూడండి, లేదా కొత్త లింక్ పొందడానికి అదే చిరునామాతో మళ్లీ సంతకం చేయండి.',
  'petition.share': 'ఈ పిటిషన్‌ను షేర్ చేయండి',
  'petition.copied': 'లింక్ కాపీ అయింది.',
};

export default messages;
