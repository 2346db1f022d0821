// тоҷикӣ (tg): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Чаро шумо аз ин шарҳ шикоят мекунед?',
  'comments.reason.spam': 'Спам ё реклама',
  'comments.reason.abuse': 'Дашном ё таҳқир',
  'comments.reason.off-topic': 'Ба мавзӯъ марбут нест',
  'comments.reason.personal-data': 'Маълумоти шахсӣ дорад',
  'comments.reason.other': 'Сабаби дигар',
  'comments.reported': 'Ташаккур. Шикоят аз шарҳ ба модераторҳо фиристода шуд.',
  'comments.already-reported': 'Шумо аз ин шарҳ аллакай шикоят кардаед.',
  'comments.delete-menu': 'Шарҳи худро нест мекунед? Матни он ва номи шумо абадан нест карда мешаванд.',
  'comments.delete-yes': 'Шарҳи маро нест кардан',
  'comments.delete-no': 'Нигоҳ доштан',
  'comments.deleted': 'Шарҳи шумо нест карда шуд.',
};

export default messages;
