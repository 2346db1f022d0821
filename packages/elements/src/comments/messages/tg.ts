// тоҷикӣ (tg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Шарҳҳо бор шуда истодаанд…',
  'comments.count': { '=0': 'Ҳанӯз шарҳ нест', one: '{count} шарҳ', other: '{count} шарҳ' },
  'comments.sort': 'Тартиб додан',
  'comments.sort.newest': 'Аввал навтаринҳо',
  'comments.sort.oldest': 'Аввал кӯҳнатаринҳо',
  'comments.sort.top': 'Бештар дастгиришуда',
  'comments.empty': 'Ҳанӯз шарҳ нест. Аввалин шуда шарҳ нависед.',
  'comments.more': 'Нишон додани шарҳҳои бештар',
  'comments.new': { one: '{count} шарҳи нав — нишон додан', other: '{count} шарҳи нав — нишон додан' },
  'comments.closed': 'Ин муҳокима баста шудааст. Шумо шарҳҳоро хонда метавонед, аммо шарҳи нав илова карда наметавонед.',
  'comments.form.title': 'Илова кардани шарҳ',
  'comments.form.reply-title': 'Ҷавоб ба {name}',
  'comments.form.name': 'Номи шумо',
  'comments.form.name-hint': 'Барои шарҳ навиштан ҳамчун «Беном» холӣ гузоред. Ном ба ҳама нишон дода мешавад.',
  'comments.form.body': 'Шарҳ',
  'comments.form.reply-body': 'Ҷавоб',
  'comments.form.submit': 'Нашри шарҳ',
  'comments.form.submit-reply': 'Нашри ҷавоб',
  'comments.form.submitting': 'Нашр шуда истодааст…',
  'comments.form.cancel': 'Бекор кардан',
  'comments.form.required': 'Матни шарҳро ворид кунед.',
  'comments.form.too-long': 'Шарҳ набояд аз {max} аломат зиёд бошад.',
  'comments.posted': 'Шарҳи шумо нашр шуд.',
  'comments.posted-pending': 'Ташаккур. Шарҳи шумо пас аз тасдиқи модератор нишон дода мешавад.',
  'comments.pending': 'Дар интизори тасдиқи модератор',
  'comments.upvote': 'Дастгирӣ',
  'comments.upvote-label': {
    '=0': 'Дастгирии ин шарҳ (ҳанӯз касе дастгирӣ накардааст)',
    one: 'Дастгирии ин шарҳ ({count} нафар дастгирӣ кардааст)',
    other: 'Дастгирии ин шарҳ ({count} нафар дастгирӣ кардаанд)',
  },
  'comments.reply': 'Ҷавоб додан',
  'comments.replies-show': { one: 'Нишон додани {count} ҷавоб', other: 'Нишон додани {count} ҷавоб' },
  'comments.replies-hide': { one: 'Пинҳон кардани {count} ҷавоб', other: 'Пинҳон кардани {count} ҷавоб' },
  'comments.report': 'Шикоят кардан',
  'comments.delete': 'Нест кардан',
};

export default messages;
