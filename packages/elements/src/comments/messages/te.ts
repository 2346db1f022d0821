// తెలుగు (te): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'వ్యాఖ్యలు లోడ్ అవుతున్నాయి…',
  'comments.count': { '=0': 'ఇంకా వ్యాఖ్యలు లేవు', one: 'ఒక వ్యాఖ్య', other: '{count} వ్యాఖ్యలు' },
  'comments.sort': 'క్రమం',
  'comments.sort.newest': 'కొత్తవి ముందు',
  'comments.sort.oldest': 'పాతవి ముందు',
  'comments.sort.top': 'ఎక్కువ మద్దతు పొందినవి',
  'comments.empty': 'ఇంకా వ్యాఖ్యలు లేవు. మొదటి వ్యాఖ్య మీరే చేయండి.',
  'comments.more': 'మరిన్ని వ్యాఖ్యలు చూపండి',
  'comments.new': { one: 'ఒక కొత్త వ్యాఖ్య — చూపండి', other: '{count} కొత్త వ్యాఖ్యలు — చూపండి' },
  'comments.closed': 'ఈ చర్చ ముగిసింది. మీరు వ్యాఖ్యలను చదవవచ్చు, కానీ కొత్తవి జోడించలేరు.',
  'comments.form.title': 'వ్యాఖ్యను జోడించండి',
  'comments.form.reply-title': '{name} గారికి సమాధానం ఇవ్వండి',
  'comments.form.name': 'మీ పేరు',
  'comments.form.name-hint': '“అజ్ఞాత” పేరుతో వ్యాఖ్యానించడానికి ఖాళీగా వదిలేయండి. పేరు అందరికీ కనిపిస్తుంది.',
  'comments.form.body': 'వ్యాఖ్య',
  'comments.form.reply-body': 'సమాధానం',
  'comments.form.submit': 'వ్యాఖ్యను ప్రచురించండి',
  'comments.form.submit-reply': 'సమాధానాన్ని ప్రచురించండి',
  'comments.form.submitting': 'ప్రచురించబడుతోంది…',
  'comments.form.cancel': 'రద్దు చేయండి',
  'comments.form.required': 'వ్యాఖ్యను నమోదు చేయండి.',
  'comments.form.too-long': 'వ్యాఖ్య గరిష్ఠంగా {max} అక్షరాలు ఉండవచ్చు.',
  'comments.posted': 'మీ వ్యాఖ్య ప్రచురించబడింది.',
  'comments.posted-pending': 'ధన్యవాదాలు. నిర్వాహకులు ఆమోదించిన తర్వాత మీ వ్యాఖ్య కనిపిస్తుంది.',
  'comments.pending': 'ఆమోదం కోసం వేచి ఉంది',
  'comments.upvote': 'మద్దతు ఇవ్వండి',
  'comments.upvote-label': {
    '=0': 'ఈ వ్యాఖ్యకు మద్దతు ఇవ్వండి (ఇంకా మద్దతుదారులు లేరు)',
    one: 'ఈ వ్యాఖ్యకు మద్దతు ఇవ్వండి (ఒక మద్దతుదారు)',
    other: 'ఈ వ్యాఖ్యకు మద్దతు ఇవ్వండి ({count} మంది మద్దతుదారులు)',
  },
  'comments.reply': 'సమాధానం ఇవ్వండి',
  'comments.replies-show': { one: 'ఒక సమాధానాన్ని చూపండి', other: '{count} సమాధానాలను చూపండి' },
  'comments.replies-hide': { one: 'ఒక సమాధానాన్ని దాచండి', other: '{count} సమాధానాలను దాచండి' },
  'comments.report': 'నివేదించండి',
  'comments.delete': 'తొలగించండి',
};

export default messages;
