// Soomaali (so): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Waa la soo rarayaa…',
  'rating.stars': { one: '{count} xiddig', other: '{count} xiddig' },
  'rating.yes': 'Haa',
  'rating.no': 'Maya',
  'rating.csat.1': 'Aad ugama qanacsani',
  'rating.csat.2': 'Kama qanacsani',
  'rating.csat.3': 'Dhexdhexaad',
  'rating.csat.4': 'Waan ku qanacsanahay',
  'rating.csat.5': 'Aad baan ugu qanacsanahay',
  'rating.send': 'Dir qiimeynta',
  'rating.sending': 'Waa la dirayaa…',
  'rating.choose': 'Marka hore dooro qiimeyn.',
  'rating.thanks': 'Waad ku mahadsan tahay jawaab-celintaada.',
  'rating.follow-up': 'Nooga sheeg wax dheeraad ah (ikhtiyaari)',
  'rating.reasons': 'Maxay ku saabsanayd?',
  'rating.comment': 'Faallo',
  'rating.comment-hint': 'Ha ku darin macluumaad shakhsi ah, sida magacaaga ama cinwaankaaga.',
  'rating.send-more': 'Dir',
  'rating.skip': 'Ka gudub',
  'rating.done': 'Mahadsanid. Jawaab-celintaadu waxay naga caawinaysaa inaan hagaajinno adeeggan.',
  'rating.yours': 'Qiimeyntaada: {score}.',
  'rating.change': 'Beddel jawaabtaada',
  'rating.closed': 'Adeeggan hadda ma aqbalayo qiimeyn.',
  'rating.average': '{average} ka mid ah 5',
  'rating.yes-share': '{percent} dadka ayaa tan u arkay mid waxtar leh',
  'rating.count': { '=0': 'Weli qiimeyn ma jirto', one: 'ku salaysan {count} qiimeyn', other: 'ku salaysan {count} qiimeyn' },
  'rating.details-show': 'Muuji dhammaan qiimeynta',
  'rating.details-hide': 'Qari dhammaan qiimeynta',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
