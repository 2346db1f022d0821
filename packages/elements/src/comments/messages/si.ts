// සිංහල (si): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'අදහස් පූරණය වෙමින්…',
  'comments.count': { '=0': 'තවම අදහස් නැත', one: 'අදහස් {count}', other: 'අදහස් {count}' },
  'comments.sort': 'පෙළගස්වන ආකාරය',
  'comments.sort.newest': 'නවතම ඒවා මුලින්',
  'comments.sort.oldest': 'පැරණිම ඒවා මුලින්',
  'comments.sort.top': 'වැඩිම සහාය ලැබූ',
  'comments.empty': 'තවම අදහස් නැත. පළමුවෙන්ම අදහස් දක්වන්න.',
  'comments.more': 'තවත් අදහස් පෙන්වන්න',
  'comments.new': { one: 'නව අදහස් {count} — පෙන්වන්න', other: 'නව අදහස් {count} — පෙන්වන්න' },
  'comments.closed': 'මෙම සාකච්ඡාව වසා ඇත. ඔබට අදහස් කියවිය හැකි නමුත් නව අදහස් එක් කළ නොහැක.',
  'comments.form.title': 'අදහසක් එක් කරන්න',
  'comments.form.reply-title': '{name} වෙත පිළිතුරු දෙන්න',
  'comments.form.name': 'ඔබේ නම',
  'comments.form.name-hint': '“නිර්නාමික” ලෙස අදහස් දැක්වීමට හිස්ව තබන්න. නම ප්‍රසිද්ධියේ පෙන්වනු ලැබේ.',
  'comments.form.body': 'අදහස',
  'comments.form.reply-body': 'පිළිතුර',
  'comments.form.submit': 'අදහස පළ කරන්න',
  'comments.form.submit-reply': 'පිළිතුර පළ කරන්න',
  'comments.form.submitting': 'පළ කරමින්…',
  'comments.form.cancel': 'අවලංගු කරන්න',
  'comments.form.required': 'අදහසක් ඇතුළත් කරන්න.',
  'comments.form.too-long': 'අදහසක දිග අක්ෂර {max} හෝ ඊට අඩු විය යුතුය.',
  'comments.posted': 'ඔබේ අදහස පළ කර ඇත.',
  'comments.posted-pending': 'ස්තූතියි. පරීක්ෂකයෙකු අනුමත කළ පසු ඔබේ අදහස පෙන්වනු ඇත.',
  'comments.pending': 'පරීක්ෂකයෙකුගේ අනුමැතිය සඳහා රැඳී සිටී',
  'comments.upvote': 'සහාය දෙන්න',
  'comments.upvote-label': {
    '=0': 'මෙම අදහසට සහාය දෙන්න (තවම සහාය දුන් අය නැත)',
    one: 'මෙම අදහසට සහාය දෙන්න (සහාය දුන් අය {count})',
    other: 'මෙම අදහසට සහාය දෙන්න (සහාය දුන් අය {count})',
  },
  'comments.reply': 'පිළිතුරු දෙන්න',
  'comments.replies-show': { one: 'පිළිතුරු {count} පෙන්වන්න', other: 'පිළිතුරු {count} පෙන්වන්න' },
  'comments.replies-hide': { one: 'පිළිතුරු {count} සඟවන්න', other: 'පිළිතුරු {count} සඟවන්න' },
  'comments.report': 'වාර්තා කරන්න',
  'comments.delete': 'මකන්න',
};

export default messages;
