// తెలుగు (te): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'లోడ్ అవుతోంది…',
  'rating.stars': { one: 'ఒక నక్షత్రం', other: '{count} నక్షత్రాలు' },
  'rating.yes': 'అవును',
  'rating.no': 'కాదు',
  'rating.csat.1': 'చాలా అసంతృప్తి',
  'rating.csat.2': 'అసంతృప్తి',
  'rating.csat.3': 'సంతృప్తీ లేదు, అసంతృప్తీ లేదు',
  'rating.csat.4': 'సంతృప్తి',
  'rating.csat.5': 'చాలా సంతృప్తి',
  'rating.send': 'రేటింగ్ పంపండి',
  'rating.sending': 'పంపబడుతోంది…',
  'rating.choose': 'ముందుగా ఒక రేటింగ్‌ను ఎంచుకోండి.',
  'rating.thanks': 'మీ అభిప్రాయానికి ధన్యవాదాలు.',
  'rating.follow-up': 'మాకు మరింత చెప్పండి (ఐచ్ఛికం)',
  'rating.reasons': 'ఇది దేని గురించి?',
  'rating.comment': 'వ్యాఖ్య',
  'rating.comment-hint': 'మీ పేరు లేదా చిరునామా వంటి వ్యక్తిగత సమాచారాన్ని చేర్చవద్దు.',
  'rating.send-more': 'పంపండి',
  'rating.skip': 'దాటవేయండి',
  'rating.done': 'ధన్యవాదాలు. మీ అభిప్రాయం ఈ సేవను మెరుగుపరచడానికి మాకు సహాయపడుతుంది.',
  'rating.yours': 'మీ రేటింగ్: {score}.',
  'rating.change': 'మీ సమాధానాన్ని మార్చండి',
  'rating.closed': 'ఈ సేవ ప్రస్తుతం రేటింగ్‌లను స్వీకరించడం లేదు.',
  'rating.average': '5కి {average}',
  'rating.yes-share': '{percent} మంది దీన్ని ఉపయోగకరంగా భావించారు',
  'rating.count': { '=0': 'ఇంకా రేటింగ్‌లు లేవు', one: 'ఒక రేటింగ్ ఆధారంగా', other: '{count} రేటింగ్‌ల ఆధారంగా' },
  'rating.details-show': 'అన్ని రేటింగ్‌లను చూపండి',
  'rating.details-hide': 'అన్ని రేటింగ్‌లను దాచండి',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
