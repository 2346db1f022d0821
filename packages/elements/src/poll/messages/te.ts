// తెలుగు (te): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'అభిప్రాయ సేకరణ లోడ్ అవుతోంది…',
  'poll.vote': 'ఓటు వేయండి',
  'poll.submitting': 'మీ ఓటు పంపబడుతోంది…',
  'poll.change-vote': 'మీ ఓటును మార్చండి',
  'poll.keep-vote': 'నా ఓటును అలాగే ఉంచండి',
  'poll.hint-single': 'ఒక ఎంపికను ఎంచుకోండి.',
  'poll.hint-multiple': { one: 'ఒక ఎంపికను ఎంచుకోండి.', other: 'గరిష్ఠంగా {count} ఎంపికలను ఎంచుకోండి.' },
  'poll.max-reached': { one: 'మీరు గరిష్ఠ పరిమితి అయిన ఒక ఎంపికను ఎంచుకున్నారు.', other: 'మీరు గరిష్ఠ పరిమితి అయిన {count} ఎంపికలను ఎంచుకున్నారు.' },
  'poll.need-choice': 'ఓటు వేసే ముందు ఒక ఎంపికను ఎంచుకోండి.',
  'poll.voted': 'ధన్యవాదాలు. మీ ఓటు నమోదైంది.',
  'poll.vote-changed': 'మీ ఓటు మార్చబడింది.',
  'poll.you-voted': 'మీరు ఈ అభిప్రాయ సేకరణలో ఓటు వేశారు.',
  'poll.your-choice': '(✓ మీ ఎంపిక)',
  'poll.votes': { '=0': 'ఓట్లు లేవు', one: 'ఒక ఓటు', other: '{count} ఓట్లు' },
  'poll.participants': { '=0': 'ఇంకా ఎవరూ ఓటు వేయలేదు.', one: 'ఒకరు ఓటు వేశారు.', other: '{count} మంది ఓటు వేశారు.' },
  'poll.closes': 'ఈ అభిప్రాయ సేకరణ {relative} ముగుస్తుంది ({date}).',
  'poll.opens': 'ఈ అభిప్రాయ సేకరణ {relative} ప్రారంభమవుతుంది ({date}).',
  'poll.closed-on': 'ఈ అభిప్రాయ సేకరణ {date}న ముగిసింది.',
  'poll.closed': 'ఈ అభిప్రాయ సేకరణ ముగిసింది.',
  'poll.results': 'ఫలితాలు',
  'poll.results-after-vote': 'మీరు ఓటు వేసిన తర్వాత ఫలితాలు చూపబడతాయి.',
  'poll.results-after-close': 'అభిప్రాయ సేకరణ ముగిసినప్పుడు ఫలితాలు చూపబడతాయి.',
  'poll.results-never': 'ఈ అభిప్రాయ సేకరణ ఫలితాలు ప్రచురించబడవు.',
  'poll.error.already-done': 'మీరు ఈ అభిప్రాయ సేకరణలో ఇప్పటికే ఓటు వేశారు.',
  'poll.error.closed': 'ఈ అభిప్రాయ సేకరణలో ఇక ఓటు వేయలేరు.',
};

export default messages;
