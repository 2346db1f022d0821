// Kiswahili (sw): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Inapakia ombi…',
  'petition.full-text': 'Soma ombi lote',
  'petition.signatures': { '=0': 'Bado hakuna sahihi', one: 'sahihi {count}', other: 'sahihi {count}' },
  'petition.progress': 'Sahihi: {count} kati ya {goal} ({percent})',
  'petition.milestones': 'Hatua muhimu',
  'petition.milestone': { one: 'Sahihi {count} — {label}', other: 'Sahihi {count} — {label}' },
  'petition.reached': '(✓ imefikiwa)',
  'petition.milestone-reached': 'Hatua muhimu imefikiwa: {label}.',
  'petition.closes': 'Linapokea sahihi hadi tarehe {date}.',
  'petition.opens': 'Ombi hili litaanza kupokea sahihi tarehe {date}.',
  'petition.closed': 'Ombi hili limefungwa. Halipokei sahihi tena.',
  'petition.response': 'Jibu rasmi',
  'petition.responded-on': 'Limechapishwa tarehe {date}.',
  'petition.recent': 'Waliotia sahihi hivi karibuni',
  'petition.sign': 'Tia sahihi ombi hili',
  'petition.name': 'Jina kamili',
  'petition.email': 'Anwani ya barua pepe',
  'petition.email-hint': 'Tutakutumia kiungo cha kuthibitisha sahihi yako.',
  'petition.region': 'Mahali unapoishi',
  'petition.region-choose': 'Chagua mahali unapoishi',
  'petition.consent':
    'Ninakubali jina langu, anwani yangu ya barua pepe na eneo langu vitumike kurekodi sahihi yangu, kama ilivyoelezwa katika {privacy}.',
  'petition.privacy-notice': 'taarifa ya faragha',
  'petition.show-name': 'Onyesha jina langu hadharani kwenye orodha ya waliotia sahihi',
  'petition.submit': 'Tia sahihi ombi',
  'petition.submitting': 'Inatia sahihi…',
  'petition.error-summary': 'Kuna tatizo',
  'petition.error.name': 'Andika jina lako kamili.',
  'petition.error.email-empty': 'Andika anwani yako ya barua pepe.',
  'petition.error.email': 'Andika anwani ya barua pepe katika muundo sahihi, kama jina@example.com.',
  'petition.error.region': 'Chagua mahali unapoishi.',
  'petition.error.consent': 'Unahitaji kukubali kabla ya kutia sahihi.',
  'petition.check-email': 'Angalia barua pepe yako',
  'petition.check-email-body':
    'Tumetuma kiungo kwa {email}. Kifungue ili kuthibitisha sahihi yako: sahihi inahesabiwa tu baada ya kuthibitishwa.',
  'petition.check-email-help':
    'Usipopokea chochote ndani ya dakika chache, angalia folda ya barua taka (spam), au tia sahihi tena kwa anwani ileile ili upate kiungo kipya.',
  'petition.share': 'Shiriki ombi hili',
  'petition.copied': 'Kiungo kimenakiliwa.',
};

export default messages;
