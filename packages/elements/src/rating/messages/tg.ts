// тоҷикӣ (tg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Бор шуда истодааст…',
  'rating.stars': { one: '{count} ситора', other: '{count} ситора' },
  'rating.yes': 'Ҳа',
  'rating.no': 'Не',
  'rating.csat.1': 'Хеле норозӣ',
  'rating.csat.2': 'Норозӣ',
  'rating.csat.3': 'На розӣ, на норозӣ',
  'rating.csat.4': 'Розӣ',
  'rating.csat.5': 'Хеле розӣ',
  'rating.send': 'Фиристодани баҳо',
  'rating.sending': 'Фиристода шуда истодааст…',
  'rating.choose': 'Аввал баҳоро интихоб кунед.',
  'rating.thanks': 'Ташаккур барои фикру мулоҳизаатон.',
  'rating.follow-up': 'Муфассалтар нависед (ихтиёрӣ)',
  'rating.reasons': 'Ин ба чӣ марбут буд?',
  'rating.comment': 'Шарҳ',
  'rating.comment-hint': 'Маълумоти шахсӣ, масалан, ном ё суроғаи худро нанависед.',
  'rating.send-more': 'Фиристодан',
  'rating.skip': 'Гузаштан',
  'rating.done': 'Ташаккур. Фикру мулоҳизаи шумо ба мо дар беҳтар кардани ин хизматрасонӣ кӯмак мекунад.',
  'rating.yours': 'Баҳои шумо: {score}.',
  'rating.change': 'Тағйир додани ҷавоб',
  'rating.closed': 'Ин хизматрасонӣ ҳоло баҳо қабул намекунад.',
  'rating.average': '{average} аз 5',
  'rating.yes-share': 'Онҳое, ки инро муфид донистанд: {percent}',
  'rating.count': { '=0': 'Ҳанӯз баҳо нест', one: '(дар асоси {count} баҳо)', other: '(дар асоси {count} баҳо)' },
  'rating.details-show': 'Нишон додани ҳамаи баҳоҳо',
  'rating.details-hide': 'Пинҳон кардани ҳамаи баҳоҳо',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
