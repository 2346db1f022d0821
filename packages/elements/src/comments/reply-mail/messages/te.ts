// తెలుగు (te): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../../i18n/messages.js';
import type { ReplyMailMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReplyMailMessageKey, Message>>> = {
  'comments.form.email': 'సమాధానాల కోసం ఈమెయిల్',
  'comments.form.email-hint':
    'మీరు చిరునామాను నిర్ధారించిన తర్వాత, ఎవరైనా సమాధానం ఇచ్చినప్పుడు మేము మీకు ఈమెయిల్ పంపుతాము (గంటకు గరిష్ఠంగా ఒకసారి). చిరునామా ఎప్పుడూ ఎవరికీ కనిపించదు.',
  'comments.form.email-error': 'ఈమెయిల్ చిరునామాను సరైన రూపంలో నమోదు చేయండి, ఉదాహరణకు name@example.com.',
  'comments.posted-email': 'ఈ చిరునామా మాకు కొత్తదైతే, సమాధానాల గురించి ఈమెయిల్‌లు పొందడానికి మేము దానికి పంపిన లింక్‌ను తెరవండి.',
};

export default messages;
