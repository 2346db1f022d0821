// Gaeilge (ga): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Á lódáil…',
  'common.retry': 'Bain triail eile as',
  'common.anonymous': 'Gan ainm',
  'common.honeypot': 'Fág an réimse seo folamh',
  'common.optional': '(roghnach)',
  'common.characters-left': {
    one: 'Tá carachtar amháin fágtha agat',
    two: 'Tá {count} charachtar fágtha agat',
    few: 'Tá {count} charachtar fágtha agat',
    many: 'Tá {count} gcarachtar fágtha agat',
    other: 'Tá {count} carachtar fágtha agat',
  },
  'common.characters-over': {
    one: 'Tá carachtar amháin sa bhreis agat',
    two: 'Tá {count} charachtar sa bhreis agat',
    few: 'Tá {count} charachtar sa bhreis agat',
    many: 'Tá {count} gcarachtar sa bhreis agat',
    other: 'Tá {count} carachtar sa bhreis agat',
  },
  'error.offline': 'Is cosúil nach bhfuil tú ar líne. Seiceáil do cheangal.',
  'error.network': 'Ní féidir linn teacht ar an tseirbhís faoi láthair. Ní tusa is cúis leis an bhfadhb.',
  'error.timeout': 'Tá an tseirbhís ag tógáil rófhada le freagra a thabhairt. B’fhéidir go bhfuil sí gnóthach.',
  'error.not-found': 'Níorbh fhéidir an t-ábhar seo a aimsiú. B’fhéidir gur baineadh é.',
  'error.invalid-input': 'Níl cuid den fhaisnéis bailí. Seiceáil í agus bain triail eile as.',
  'error.already-done': 'Tá sé seo déanta agat cheana.',
  'error.closed': 'Tá sé seo dúnta.',
  'error.rate-limited': 'An iomarca iarrachtaí. Fan nóiméad agus bain triail eile as.',
  'error.unauthorised': 'Níl cead ag an suíomh seo an tseirbhís seo a úsáid.',
  'error.server': 'Chuaigh rud éigin mícheart ar ár dtaobhna, ní ar do thaobhsa.',
  'error.no-backend': 'Níl aon fhreastalaí cumraithe: teastaíonn críochphointe (endpoint) ón ngiuirléid seo.',
  'error.retrying': 'Lódálfaidh sé seo leis féin nuair a bheidh an ceangal nó an tseirbhís ar fáil arís.',
  'error.kept': 'Coinníodh a bhfuil iontráilte agat: bain triail eile as i gceann nóiméid.',
  'error.unknown': 'Chuaigh rud éigin mícheart. Bain triail eile as.',
  'time.relative-past': 'níos lú ná nóiméad ó shin',
};

export default messages;
