// Soomaali (so): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Codsiga waa la soo rarayaa…',
  'petition.full-text': 'Akhri codsiga oo dhan',
  'petition.signatures': { '=0': 'Weli saxiix ma jiro', one: '{count} saxiix', other: '{count} saxiix' },
  'petition.progress': 'Saxiixyada: {count} ka mid ah {goal} ({percent})',
  'petition.milestones': 'Heerarka muhiimka ah',
  'petition.milestone': { one: '{count} saxiix — {label}', other: '{count} saxiix — {label}' },
  'petition.reached': '(✓ waa la gaaray)',
  'petition.milestone-reached': 'Heer muhiim ah ayaa la gaaray: {label}.',
  'petition.closes': 'Waa la saxiixi karaa ilaa {date}.',
  'petition.opens': 'Codsigan waxaa la saxiixi karaa laga bilaabo {date}.',
  'petition.closed': 'Codsigan waa xiran yahay. Saxiixyo dambe ma uruurinayo.',
  'petition.response': 'Jawaabta rasmiga ah',
  'petition.responded-on': 'La daabacay {date}.',
  'petition.recent': 'Kuwa dhowaan saxiixay',
  'petition.sign': 'Saxiix codsigan',
  'petition.name': 'Magaca oo buuxa',
  'petition.email': 'Cinwaanka iimaylka',
  'petition.email-hint': 'Waxaan kuu soo diri doonnaa link aad ku xaqiijiso saxiixaaga.',
  'petition.region': 'Meesha aad ku nooshahay',
  'petition.region-choose': 'Dooro meesha aad ku nooshahay',
  'petition.consent':
    'Waan oggolahay in magacayga, cinwaanka iimaylkayga iyo deegaankayga loo isticmaalo diiwaangelinta saxiixayga, sida lagu sharxay {privacy}.',
  'petition.privacy-notice': 'ogeysiiska asturnaanta',
  'petition.show-name': 'Magacayga si cad ugu muuji liiska kuwa saxiixay',
  'petition.submit': 'Saxiix codsiga',
  'petition.submitting': 'Waa la saxiixayaa…',
  'petition.error-summary': 'Dhibaato ayaa jirta',
  'petition.error.name': 'Geli magacaaga oo buuxa.',
  'petition.error.email-empty': 'Geli cinwaanka iimaylkaaga.',
  'petition.error.email': 'Geli cinwaan iimayl oo qaab sax ah leh, sida magac@example.com.',
  'petition.error.region': 'Dooro meesha aad ku nooshahay.',
  'petition.error.consent': 'Waa inaad oggolaataa ka hor intaadan saxiixin.',
  'petition.check-email': 'Hubi iimaylkaaga',
  'petition.check-email-body':
    'Waxaan link u dirnay {email}. Fur si aad u xaqiijiso saxiixaaga: saxiixu wuxuu tirsanayaa oo keliya marka la xaqiijiyo.',
  'petition.check-email-help':
    'Haddii aysan waxba kuu iman dhowr daqiiqo gudahood, hubi galka spam-ka, ama mar kale ku saxiix isla cinwaanka si aad u hesho link cusub.',
  'petition.share': 'La wadaag codsigan',
  'petition.copied': 'Link-ga waa la koobiyeeyay.',
};

export default messages;
