// پښتو (ps): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'بارېږي…',
  'rating.stars': { one: 'یو ستوری', other: '{count} ستوري' },
  'rating.yes': 'هو',
  'rating.no': 'نه',
  'rating.csat.1': 'ډېر ناراضه',
  'rating.csat.2': 'ناراضه',
  'rating.csat.3': 'نه راضي، نه ناراضه',
  'rating.csat.4': 'راضي',
  'rating.csat.5': 'ډېر راضي',
  'rating.send': 'ارزونه ولېږئ',
  'rating.sending': 'لېږل کېږي…',
  'rating.choose': 'لومړی یوه ارزونه وټاکئ.',
  'rating.thanks': 'ستاسو له نظر څخه مننه.',
  'rating.follow-up': 'موږ ته نور ووایاست (اختیاري)',
  'rating.reasons': 'دا د څه په اړه وو؟',
  'rating.comment': 'تبصره',
  'rating.comment-hint': 'شخصي معلومات، لکه خپل نوم یا پته، مه لیکئ.',
  'rating.send-more': 'ولېږئ',
  'rating.skip': 'پرېږدئ',
  'rating.done': 'مننه. ستاسو نظر له موږ سره د دې خدمت په ښه کولو کې مرسته کوي.',
  'rating.yours': 'ستاسو ارزونه: {score}.',
  'rating.change': 'خپل ځواب بدل کړئ',
  'rating.closed': 'دا خدمت اوس مهال ارزونې نه مني.',
  'rating.average': 'له ۵ څخه {average}',
  'rating.yes-share': '{percent} خلکو دا ګټور وموند',
  'rating.count': { '=0': 'تر اوسه هېڅ ارزونه نشته', one: 'د یوې ارزونې پر بنسټ', other: 'د {count} ارزونو پر بنسټ' },
  'rating.details-show': 'ټولې ارزونې وښایاست',
  'rating.details-hide': 'ټولې ارزونې پټې کړئ',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
