// తెలుగు (te): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { VerifiedMessageKey } from './en.js';

const messages: Partial<Readonly<Record<VerifiedMessageKey, Message>>> = {
  'eligibility.verified': 'ధృవీకరించబడిన పాల్గొనేవారు మాత్రమే ఇక్కడ పాల్గొనగలరు.',
  'eligibility.sign-in': 'పాల్గొనడానికి సైన్ ఇన్ చేయండి',
  'error.verification-required': 'ధృవీకరించబడిన పాల్గొనేవారు మాత్రమే ఇక్కడ పాల్గొనగలరు. సైన్ ఇన్ చేసి మళ్లీ ప్రయత్నించండి.',
  'error.not-eligible': 'మీ ఖాతా ఇక్కడ పాల్గొనడానికి అవసరమైన షరతులను నెరవేర్చడం లేదు.',
};

export default messages;
