import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** API ටෝකන පිටුව, සිංහලෙන්. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'API ටෝකන',
  'tokens.intro':
    'API ටෝකනයක් මඟින් ස්ක්‍රිප්ටයකට හෝ වෙනත් පද්ධතියකට ඔබ වෙනුවෙන් පරිපාලන API භාවිත කළ හැක, උදාහරණයක් ලෙස සෑම රාත්‍රියකම ප්‍රතිඵල අපනයනය කිරීම වැනි කාර්යයන් ස්වයංක්‍රීය කිරීමට. ඔබේ භූමිකාව ({role}) ඉඩ දෙන සියල්ල එයට කළ හැක.',
  'tokens.howTo': 'ස්ක්‍රිප්ටය සෑම ඉල්ලීමකම Authorization ශීර්ෂයේ ටෝකනය යවයි:',
  'tokens.loading': 'ඔබේ ටෝකන පූරණය වෙමින්…',
  'tokens.loadError': 'ඔබේ ටෝකන පූරණය කළ නොහැකි විය: {detail}',
  'tokens.retry': 'නැවත උත්සාහ කරන්න',
  'tokens.none': 'ඔබට API ටෝකන නැත.',
  'tokens.caption': { one: 'ඔබේ ටෝකන {count}', other: 'ඔබේ ටෝකන {count}' },
  'col.name': 'නම',
  'col.created': 'සෑදූ දිනය',
  'col.lastUsed': 'අවසන් වරට භාවිත කළේ',
  'col.status': 'තත්ත්වය',
  'col.actions': 'ක්‍රියා',
  'tokens.never': 'කිසි විටෙක නැත',
  'tokens.active': 'සක්‍රිය',
  'tokens.revoked': 'අහෝසි කළ',
  'tokens.revoke': 'අහෝසි කරන්න',
  'create.title': 'ටෝකනයක් සාදන්න',
  'create.name': 'නම',
  'create.nameHint': 'එය කුමක් සඳහාද යන්න, පසුව ඔබට එය හඳුනා ගැනීමට. උදාහරණයක් ලෙස: රාත්‍රී ප්‍රතිඵල අපනයනය.',
  'create.submit': 'ටෝකනය සාදන්න',
  'create.working': 'ටෝකනය සාදමින්…',
  'create.errorTitle': 'ටෝකනය සෑදුණේ නැත',
  'create.nameRequired': 'ටෝකනය සඳහා නමක් ඇතුළත් කරන්න',
  'created.title': 'ඔබේ නව ටෝකනය',
  'created.status': '“{name}” ටෝකනය සාදා ඇත.',
  'created.warning':
    'එය දැන්ම පිටපත් කර ආරක්ෂිතව තබා ගන්න, උදාහරණයක් ලෙස මුරපද කළමනාකරුවෙකු තුළ හෝ ඔබේ ස්වයංක්‍රීයකරණයේ රහස් සැකසුම් තුළ. එය නැවත පෙන්වනු නොලැබේ. එය ඇති ඕනෑම කෙනෙකුට ඔබ ලෙස ක්‍රියා කළ හැක.',
  'created.label': 'API ටෝකනය “{name}”',
  'created.done': 'මම එය සුරැකුවෙමි',
  copy: 'ටෝකනය පිටපත් කරන්න',
  copied: 'ටෝකනය පිටපත් කරන ලදී.',
  copyFailed: 'ටෝකනය තෝරා ඇත: ඔබේ යතුරුපුවරුවෙන් හෝ මෙනුවෙන් එය පිටපත් කරන්න.',
  'revoke.title': '“{name}” ටෝකනය අහෝසි කරන්නද?',
  'revoke.body': 'එය භාවිත කරන ස්ක්‍රිප්ට් සහ පද්ධති වහාම ක්‍රියා කිරීම නවත්වයි. මෙය ආපසු හැරවිය නොහැකි නමුත්, ඔබට නව ටෝකනයක් සෑදිය හැක.',
  'revoke.confirm': 'ඔව්, අහෝසි කරන්න',
  'revoke.done': '“{name}” ටෝකනය අහෝසි කර ඇත.',
  'revoke.errorTitle': 'ටෝකනය අහෝසි නොවීය',
  cancel: 'අවලංගු කරන්න',
  'role.admin': 'පරිපාලක',
  'role.editor': 'සංස්කාරක',
  'role.moderator': 'පරීක්ෂක',
  'role.analyst': 'විශ්ලේෂක',
};

export default messages;
