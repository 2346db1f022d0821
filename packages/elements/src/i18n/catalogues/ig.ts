// Igbo (ig): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Na-ebu…',
  'common.retry': 'Nwaa ọzọ',
  'common.anonymous': 'Enweghị aha',
  'common.honeypot': "Hapụ oghere a n'efu",
  'common.optional': '(ọ bụghị iwu)',
  'common.characters-left': { other: 'Mkpụrụedemede {count} fọdụrụ gị' },
  'common.characters-over': { other: 'Ị gafeela oke ji mkpụrụedemede {count}' },
  'error.offline': "O yiri ka ị nọghị n'ịntanetị. Lelee njikọ gị.",
  'error.network': "Anyị enweghị ike iru ọrụ a ugbu a. Nsogbu ahụ esiteghị n'aka gị.",
  'error.timeout': 'Ọrụ a na-ewe oge dị ukwuu iji zaa. O nwere ike ịbụ na ọ na-arụsi ọrụ ike ugbu a.',
  'error.not-found': 'Achọtaghị ihe a. O nwere ike ịbụ na ewepụla ya.',
  'error.invalid-input': 'Ụfọdụ ozi ezighị ezi. Biko lelee ha ma nwaa ọzọ.',
  'error.already-done': 'Ị emeelarị nke a.',
  'error.closed': 'Emechiela nke a.',
  'error.rate-limited': 'Mgbalị ndị a karịrị akarị. Chere ntakịrị ma nwaa ọzọ.',
  'error.unauthorised': 'Enyeghị saịtị a ikike iji ọrụ a.',
  'error.server': "Ihe mebiri emebi n'akụkụ anyị, ọ bụghị n'akụkụ gị.",
  'error.no-backend': 'Enweghị sava azụ (backend) e debere: widget a chọrọ adreesị ọrụ (endpoint).',
  'error.retrying': 'Nke a ga-ebu onwe ya mgbe njikọ ma ọ bụ ọrụ ahụ lọghachiri.',
  'error.kept': "Edebere ihe i dere: nwaa ọzọ n'oge na-adịghị anya.",
  'error.unknown': 'Ihe mebiri emebi. Nwaa ọzọ.',
  'time.relative-past': 'ihe na-erughị otu nkeji gara aga',
};

export default messages;
