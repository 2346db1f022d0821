// magyar (hu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Miért jelenti be ezt a hozzászólást?',
  'comments.reason.spam': 'Kéretlen tartalom vagy reklám',
  'comments.reason.abuse': 'Sértő vagy bántó',
  'comments.reason.off-topic': 'Nem kapcsolódik a témához',
  'comments.reason.personal-data': 'Személyes adatokat tartalmaz',
  'comments.reason.other': 'Egyéb ok',
  'comments.reported': 'Köszönjük. A hozzászólást jeleztük a moderátoroknak.',
  'comments.already-reported': 'Ezt a hozzászólást már bejelentette.',
  'comments.delete-menu': 'Törli a hozzászólását? A szövege és a neve végleg törlődik.',
  'comments.delete-yes': 'Törlöm a hozzászólásomat',
  'comments.delete-no': 'Megtartom',
  'comments.deleted': 'Hozzászólását töröltük.',
};

export default messages;
