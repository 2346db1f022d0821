// සිංහල (si): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'පෙත්සම පූරණය වෙමින්…',
  'petition.full-text': 'සම්පූර්ණ පෙත්සම කියවන්න',
  'petition.signatures': { '=0': 'තවම අත්සන් නැත', one: 'අත්සන් {count}', other: 'අත්සන් {count}' },
  'petition.progress': 'අත්සන්: {goal}න් {count} ({percent})',
  'petition.milestones': 'අත්සන් ඉලක්ක',
  'petition.milestone': { one: 'අත්සන් {count} — {label}', other: 'අත්සන් {count} — {label}' },
  'petition.reached': '(✓ ළඟා විය)',
  'petition.milestone-reached': 'ඉලක්කයට ළඟා විය: {label}.',
  'petition.closes': '{date} දක්වා අත්සන් සඳහා විවෘතයි.',
  'petition.opens': 'මෙම පෙත්සම {date} දින සිට අත්සන් සඳහා විවෘත වේ.',
  'petition.closed': 'මෙම පෙත්සම වසා ඇත. එය තවදුරටත් අත්සන් එකතු නොකරයි.',
  'petition.response': 'නිල ප්‍රතිචාරය',
  'petition.responded-on': '{date} දින ප්‍රකාශයට පත් කරන ලදී.',
  'petition.recent': 'මෑතදී අත්සන් කළ අය',
  'petition.sign': 'මෙම පෙත්සමට අත්සන් කරන්න',
  'petition.name': 'සම්පූර්ණ නම',
  'petition.email': 'ඊමේල් ලිපිනය',
  'petition.email-hint': 'ඔබේ අත්සන තහවුරු කිරීමට අපි ඔබට සබැඳියක් එවන්නෙමු.',
  'petition.region': 'ඔබ පදිංචි ප්‍රදේශය',
  'petition.region-choose': 'ඔබ පදිංචි ප්‍රදේශය තෝරන්න',
  'petition.consent': '{privacy} හි විස්තර කර ඇති පරිදි, මගේ අත්සන සටහන් කිරීම සඳහා මගේ නම, ඊමේල් ලිපිනය සහ ප්‍රදේශය සැකසීමට මම එකඟ වෙමි.',
  'petition.privacy-notice': 'රහස්‍යතා නිවේදනය',
  'petition.show-name': 'අත්සන් කළ අයගේ ලැයිස්තුවේ මගේ නම ප්‍රසිද්ධියේ පෙන්වන්න',
  'petition.submit': 'පෙත්සමට අත්සන් කරන්න',
  'petition.submitting': 'අත්සන් කරමින්…',
  'petition.error-summary': 'ගැටලුවක් ඇත',
  'petition.error.name': 'ඔබේ සම්පූර්ණ නම ඇතුළත් කරන්න.',
  'petition.error.email-empty': 'ඔබේ ඊමේල් ලිපිනය ඇතුළත් කරන්න.',
  'petition.error.email': 'නිවැරදි ආකෘතියෙන් ඊමේල් ලිපිනයක් ඇතුළත් කරන්න, උදා. name@example.com.',
  'petition.error.region': 'ඔබ පදිංචි ප්‍රදේශය තෝරන්න.',
  'petition.error.consent': 'අත්සන් කිරීමට පෙර ඔබ එකඟ විය යුතුය.',
  'petition.check-email': 'ඔබේ ඊමේල් පරීක්ෂා කරන්න',
  'petition.check-email-body': 'අපි {email} වෙත සබැඳියක් එවා ඇත. ඔබේ අත්සන තහවුරු කිරීමට එය විවෘත කරන්න: අත්සන ගණනය වන්නේ තහවුරු කළ පසුව පමණි.',
  'petition.check-email-help':
    'මිනිත්තු කිහිපයක් ඇතුළත කිසිවක් නොලැබුණොත්, ඔබේ spam ෆෝල්ඩරය පරීක්ෂා කරන්න, නැතහොත් නව සබැඳියක් ලබා ගැනීමට එම ලිපිනයෙන්ම නැවත අත්සන් කරන්න.',
  'petition.share': 'මෙම පෙත්සම බෙදාගන්න',
  'petition.copied': 'සබැඳිය පිටපත් කරන ලදී.',
};

export default messages;
