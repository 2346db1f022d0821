// සිංහල (si): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PollMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PollMessageKey, Message>>> = {
  'poll.loading': 'මත විමසුම පූරණය වෙමින්…',
  'poll.vote': 'ඡන්දය දෙන්න',
  'poll.submitting': 'ඔබේ ඡන්දය යවමින්…',
  'poll.change-vote': 'ඔබේ ඡන්දය වෙනස් කරන්න',
  'poll.keep-vote': 'මගේ ඡන්දය එලෙසම තබන්න',
  'poll.hint-single': 'එක් විකල්පයක් තෝරන්න.',
  'poll.hint-multiple': { one: 'විකල්ප {count}ක් දක්වා තෝරන්න.', other: 'විකල්ප {count}ක් දක්වා තෝරන්න.' },
  'poll.max-reached': { one: 'ඔබ තෝරාගත හැකි උපරිම විකල්ප {count}ක් තෝරා ඇත.', other: 'ඔබ තෝරාගත හැකි උපරිම විකල්ප {count}ක් තෝරා ඇත.' },
  'poll.need-choice': 'ඡන්දය දීමට පෙර විකල්පයක් තෝරන්න.',
  'poll.voted': 'ස්තූතියි. ඔබේ ඡන්දය සටහන් කර ඇත.',
  'poll.vote-changed': 'ඔබේ ඡන්දය වෙනස් කර ඇත.',
  'poll.you-voted': 'ඔබ මෙම මත විමසුමට ඡන්දය දී ඇත.',
  'poll.your-choice': '(✓ ඔබේ තේරීම)',
  'poll.votes': { '=0': 'ඡන්ද නැත', one: 'ඡන්ද {count}', other: 'ඡන්ද {count}' },
  'poll.participants': { '=0': 'තවම කිසිවෙකු ඡන්දය දී නැත.', one: 'එක් අයෙකු ඡන්දය දී ඇත.', other: '{count} දෙනෙකු ඡන්දය දී ඇත.' },
  'poll.closes': '{relative} වසා දැමේ ({date}).',
  'poll.opens': 'මෙම මත විමසුම {relative} විවෘත වේ ({date}).',
  'poll.closed-on': 'මෙම මත විමසුම {date} දින වසා දමන ලදී.',
  'poll.closed': 'මෙම මත විමසුම වසා ඇත.',
  'poll.results': 'ප්‍රතිඵල',
  'poll.results-after-vote': 'ඔබ ඡන්දය දුන් පසු ප්‍රතිඵල පෙන්වනු ලැබේ.',
  'poll.results-after-close': 'මත විමසුම වසා දැමූ පසු ප්‍රතිඵල පෙන්වනු ලැබේ.',
  'poll.results-never': 'මෙම මත විමසුමේ ප්‍රතිඵල ප්‍රසිද්ධ නොකෙරේ.',
  'poll.error.already-done': 'ඔබ මෙම මත විමසුමට දැනටමත් ඡන්දය දී ඇත.',
  'poll.error.closed': 'මෙම මත විමසුම තවදුරටත් ඡන්දය දීම සඳහා විවෘත නැත.',
};

export default messages;
