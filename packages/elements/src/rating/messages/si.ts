// සිංහල (si): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'පූරණය වෙමින්…',
  'rating.stars': { one: 'තරු {count}', other: 'තරු {count}' },
  'rating.yes': 'ඔව්',
  'rating.no': 'නැත',
  'rating.csat.1': 'ඉතා අසතුටුයි',
  'rating.csat.2': 'අසතුටුයි',
  'rating.csat.3': 'සතුටුත් නැත, අසතුටුත් නැත',
  'rating.csat.4': 'සතුටුයි',
  'rating.csat.5': 'ඉතා සතුටුයි',
  'rating.send': 'ඇගයීම යවන්න',
  'rating.sending': 'යවමින්…',
  'rating.choose': 'පළමුව ඇගයීමක් තෝරන්න.',
  'rating.thanks': 'ඔබේ ප්‍රතිචාරයට ස්තූතියි.',
  'rating.follow-up': 'අපට තවත් කියන්න (අත්‍යවශ්‍ය නොවේ)',
  'rating.reasons': 'එය කුමක් ගැනද?',
  'rating.comment': 'අදහස',
  'rating.comment-hint': 'ඔබේ නම හෝ ලිපිනය වැනි පුද්ගලික තොරතුරු ඇතුළත් නොකරන්න.',
  'rating.send-more': 'යවන්න',
  'rating.skip': 'මඟ හරින්න',
  'rating.done': 'ස්තූතියි. ඔබේ ප්‍රතිචාරය මෙම සේවාව වැඩිදියුණු කිරීමට අපට උපකාරී වේ.',
  'rating.yours': 'ඔබේ ඇගයීම: {score}.',
  'rating.change': 'ඔබේ පිළිතුර වෙනස් කරන්න',
  'rating.closed': 'මෙම සේවාව මේ මොහොතේ ඇගයීම් භාර නොගනී.',
  'rating.average': '5න් {average}',
  'rating.yes-share': 'පුද්ගලයින්ගෙන් {percent}කට මෙය ප්‍රයෝජනවත් විය',
  'rating.count': { '=0': 'තවම ඇගයීම් නැත', one: '(ඇගයීම් {count}ක් අනුව)', other: '(ඇගයීම් {count}ක් අනුව)' },
  'rating.details-show': 'සියලු ඇගයීම් පෙන්වන්න',
  'rating.details-hide': 'සියලු ඇගයීම් සඟවන්න',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
