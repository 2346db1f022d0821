// සිංහල (si): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'පූරණය වෙමින්…',
  'common.retry': 'නැවත උත්සාහ කරන්න',
  'common.anonymous': 'නිර්නාමික',
  'common.honeypot': 'මෙම ක්ෂේත්‍රය හිස්ව තබන්න',
  'common.optional': '(අත්‍යවශ්‍ය නොවේ)',
  'common.characters-left': { one: 'තව අක්ෂර {count}ක් ඉතිරිව ඇත', other: 'තව අක්ෂර {count}ක් ඉතිරිව ඇත' },
  'common.characters-over': { one: 'අක්ෂර {count}ක් වැඩියි', other: 'අක්ෂර {count}ක් වැඩියි' },
  'error.offline': 'ඔබ අන්තර්ජාලයට සම්බන්ධ වී නැති බව පෙනේ. ඔබේ සම්බන්ධතාව පරීක්ෂා කරන්න.',
  'error.network': 'මේ මොහොතේ අපට සේවාවට සම්බන්ධ විය නොහැක. ගැටලුව ඇත්තේ ඔබ පැත්තෙන් නොවේ.',
  'error.timeout': 'සේවාව පිළිතුරු දීමට වැඩි කාලයක් ගනී. එය කාර්යබහුල විය හැක.',
  'error.not-found': 'මෙම අන්තර්ගතය සොයාගත නොහැකි විය. එය ඉවත් කර තිබිය හැක.',
  'error.invalid-input': 'සමහර තොරතුරු වලංගු නොවේ. ඒවා පරීක්ෂා කර නැවත උත්සාහ කරන්න.',
  'error.already-done': 'ඔබ මෙය දැනටමත් කර ඇත.',
  'error.closed': 'මෙය වසා ඇත.',
  'error.rate-limited': 'උත්සාහ කිරීම් වැඩි ගණනක් සිදු විය. මොහොතක් රැඳී සිට නැවත උත්සාහ කරන්න.',
  'error.unauthorised': 'මෙම වෙබ් අඩවියට මෙම සේවාව භාවිත කිරීමට අවසර නැත.',
  'error.server': 'අපගේ පැත්තෙන් යම් දෝෂයක් සිදු විය, ඔබ පැත්තෙන් නොවේ.',
  'error.no-backend': 'පසු අන්තය (backend) වින්‍යාස කර නැත: මෙම විජට්ටුවට endpoint එකක් අවශ්‍යයි.',
  'error.retrying': 'සම්බන්ධතාව හෝ සේවාව යළි ලැබුණු විට මෙය ස්වයංක්‍රීයව පූරණය වේ.',
  'error.kept': 'ඔබ ඇතුළත් කළ දේ සුරැකී ඇත: මොහොතකින් නැවත උත්සාහ කරන්න.',
  'error.unknown': 'යම් දෝෂයක් සිදු විය. නැවත උත්සාහ කරන්න.',
  'time.relative-past': 'මිනිත්තුවකට අඩු කාලයකට පෙර',
};

export default messages;
