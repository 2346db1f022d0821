// Soomaali (so): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { ReportMessageKey } from './en.js';

const messages: Partial<Readonly<Record<ReportMessageKey, Message>>> = {
  'comments.report-menu': 'Maxaad faalladan u soo sheegaysaa?',
  'comments.reason.spam': 'Spam ama xayeysiis',
  'comments.reason.abuse': 'Aflagaado ama wax la xumaado',
  'comments.reason.off-topic': 'Kama hadlayso mawduuca',
  'comments.reason.personal-data': 'Waxay ka kooban tahay macluumaad shakhsi ah',
  'comments.reason.other': 'Sabab kale',
  'comments.reported': 'Mahadsanid. Faallada waxaa loo soo sheegay maamulayaasha.',
  'comments.already-reported': 'Horay ayaad faalladan u soo sheegtay.',
  'comments.delete-menu': 'Ma tirtirtaa faalladaada? Qoraalkeeda iyo magacaaga si joogto ah ayaa loo tirtiri doonaa.',
  'comments.delete-yes': 'Tirtir faalladayda',
  'comments.delete-no': 'Ha tirtirin',
  'comments.deleted': 'Faalladaada waa la tirtiray.',
};

export default messages;
