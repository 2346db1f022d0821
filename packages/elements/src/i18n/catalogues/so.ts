// Soomaali (so): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Waa la soo rarayaa…',
  'common.retry': 'Isku day mar kale',
  'common.anonymous': "Magac la'aan",
  'common.honeypot': 'Goobtan banaan u daa',
  'common.optional': '(ikhtiyaari)',
  'common.characters-left': { one: 'Waxaa kuu haray {count} xaraf', other: 'Waxaa kuu haray {count} xaraf' },
  'common.characters-over': { one: 'Waxaad dhaaftay xadka {count} xaraf', other: 'Waxaad dhaaftay xadka {count} xaraf' },
  'error.offline': 'Waxay u muuqataa inaadan internetka ku xirnayn. Hubi xiriirkaaga.',
  'error.network': 'Hadda ma gaari karno adeegga. Dhibaatadu adiga kama timid.',
  'error.timeout': 'Adeeggu wuxuu qaadanayaa waqti dheer si uu u jawaabo. Waxaa laga yaabaa inuu mashquul yahay.',
  'error.not-found': 'Waxyaabahan lama helin. Waxaa laga yaabaa in la saaray.',
  'error.invalid-input': 'Qaar ka mid ah macluumaadka sax ma aha. Fadlan hubi oo isku day mar kale.',
  'error.already-done': 'Horay ayaad tan u samaysay.',
  'error.closed': 'Tani waa xiran tahay.',
  'error.rate-limited': 'Isku dayo aad u badan. Wax yar sug, kadibna isku day mar kale.',
  'error.unauthorised': 'Boggan looma oggola inuu isticmaalo adeeggan.',
  'error.server': 'Cilad ayaa ka dhacday dhankayaga, ee kama aysan dhicin dhankaaga.',
  'error.no-backend': 'Ma jiro adeeg gadaal (backend) oo la habeeyay: widget-kan wuxuu u baahan yahay endpoint.',
  'error.retrying': 'Tani si toos ah ayay u soo bixi doontaa marka xiriirka ama adeeggu soo laabtaan.',
  'error.kept': 'Waxa aad gelisay waa la keydiyay: isku day mar kale wax yar kadib.',
  'error.unknown': 'Cilad ayaa dhacday. Isku day mar kale.',
  'time.relative-past': 'in ka yar daqiiqad ka hor',
};

export default messages;
