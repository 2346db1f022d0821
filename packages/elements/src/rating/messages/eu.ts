// euskara (eu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Kargatzen…',
  'rating.stars': { one: 'Izar {count}', other: '{count} izar' },
  'rating.yes': 'Bai',
  'rating.no': 'Ez',
  'rating.csat.1': 'Oso ezkontent',
  'rating.csat.2': 'Ezkontent',
  'rating.csat.3': 'Ez pozik ez ezkontent',
  'rating.csat.4': 'Pozik',
  'rating.csat.5': 'Oso pozik',
  'rating.send': 'Bidali balorazioa',
  'rating.sending': 'Bidaltzen…',
  'rating.choose': 'Lehenik, hautatu balorazio bat.',
  'rating.thanks': 'Eskerrik asko zure iritziagatik.',
  'rating.follow-up': 'Kontatu gehiago (aukerakoa)',
  'rating.reasons': 'Zerk eragin du zure erantzuna?',
  'rating.comment': 'Iruzkina',
  'rating.comment-hint': 'Ez sartu datu pertsonalik, hala nola zure izena edo helbidea.',
  'rating.send-more': 'Bidali',
  'rating.skip': 'Saltatu',
  'rating.done': 'Eskerrik asko. Zure iritziak zerbitzu hau hobetzen laguntzen digu.',
  'rating.yours': 'Zure balorazioa: {score}.',
  'rating.change': 'Aldatu erantzuna',
  'rating.closed': 'Une honetan zerbitzu honek ez du baloraziorik onartzen.',
  'rating.average': '5etik {average}',
  'rating.yes-share': 'Baliagarria iruditu zaien pertsonak: {percent}',
  'rating.count': { '=0': 'Baloraziorik ez oraindik', one: '(balorazio {count})', other: '({count} balorazio)' },
  'rating.details-show': 'Erakutsi balorazio guztiak',
  'rating.details-hide': 'Ezkutatu balorazio guztiak',
  'rating.distribution': '{label}: {count} ({percent})',
};

export default messages;
