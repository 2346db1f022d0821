// isiZulu (zu): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Iyalayisha…',
  'common.retry': 'Zama futhi',
  'common.anonymous': 'Ongaziwa',
  'common.honeypot': 'Shiya le ndawo ingenalutho',
  'common.optional': '(akuphoqelekile)',
  'common.characters-left': { one: 'Usele nohlamvu olulodwa', other: 'Usele nezinhlamvu ezingu-{count}' },
  'common.characters-over': {
    one: 'Wedlule umkhawulo ngohlamvu olulodwa',
    other: 'Wedlule umkhawulo ngezinhlamvu ezingu-{count}',
  },
  'error.offline': 'Kubonakala sengathi awuxhunyiwe ku-inthanethi. Hlola uxhumano lwakho.',
  'error.network': 'Asikwazi ukufinyelela kusevisi okwamanje. Inkinga ayikho ngakuwe.',
  'error.timeout': 'Isevisi ithatha isikhathi eside ukuphendula. Kungenzeka ukuthi imatasa.',
  'error.not-found': 'Lokhu okuqukethwe akutholakalanga. Kungenzeka ukuthi kususiwe.',
  'error.invalid-input': 'Olunye ulwazi alulungile. Sicela ulubheke bese uzama futhi.',
  'error.already-done': 'Usukwenzile lokhu.',
  'error.closed': 'Lokhu kuvaliwe.',
  'error.rate-limited': 'Imizamo iminingi kakhulu. Linda kancane bese uzama futhi.',
  'error.unauthorised': 'Le sayithi ayivunyelwe ukusebenzisa le sevisi.',
  'error.server': 'Kukhona okungahambanga kahle ngakithi, hhayi ngakuwe.',
  'error.no-backend': 'Ayikho i-backend esethiwe: le widget idinga i-endpoint.',
  'error.retrying': 'Lokhu kuzolayisha ngokuzenzakalela uma uxhumano noma isevisi sekubuyile.',
  'error.kept': 'Okufakile kugciniwe: zama futhi emva kwesikhashana.',
  'error.unknown': 'Kukhona okungahambanga kahle. Zama futhi.',
  'time.relative-past': 'ngaphansi komzuzu odlule',
};

export default messages;
