import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** An leathanach Comharthaí API, i nGaeilge. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Comharthaí API',
  'tokens.intro':
    'Ligeann comhartha API do script nó do chóras eile an API riaracháin a úsáid ar do shon, chun obair a uathoibriú, mar shampla torthaí a easpórtáil gach oíche. Is féidir leis a bhfuil ceadaithe ag do ról a dhéanamh ({role}).',
  'tokens.howTo': 'Seolann an script an comhartha sa cheanntásc Authorization de gach iarratas:',
  'tokens.loading': 'Do chomharthaí á lódáil…',
  'tokens.loadError': 'Níorbh fhéidir do chomharthaí a lódáil: {detail}',
  'tokens.retry': 'Bain triail eile as',
  'tokens.none': 'Níl aon chomhartha API agat.',
  'tokens.caption': {
    one: 'Do chomhartha',
    two: 'Do {count} chomhartha',
    few: 'Do {count} chomhartha',
    many: 'Do {count} gcomhartha',
    other: 'Do {count} comhartha',
  },
  'col.name': 'Ainm',
  'col.created': 'Cruthaithe',
  'col.lastUsed': 'Úsáidte go deireanach',
  'col.status': 'Stádas',
  'col.actions': 'Gníomhartha',
  'tokens.never': 'Riamh',
  'tokens.active': 'Gníomhach',
  'tokens.revoked': 'Cúlghairthe',
  'tokens.revoke': 'Cúlghair',
  'create.title': 'Cruthaigh comhartha',
  'create.name': 'Ainm',
  'create.nameHint': 'Cad chuige é, ionas go n-aithneoidh tú é níos déanaí. Mar shampla: Easpórtáil oíche na dtorthaí.',
  'create.submit': 'Cruthaigh an comhartha',
  'create.working': 'An comhartha á chruthú…',
  'create.errorTitle': 'Níor cruthaíodh an comhartha',
  'create.nameRequired': 'Cuir isteach ainm don chomhartha',
  'created.title': 'Do chomhartha nua',
  'created.status': 'Tá an comhartha “{name}” cruthaithe.',
  'created.warning':
    'Cóipeáil anois é agus stóráil go sábháilte é, mar shampla i mbainisteoir pasfhocal nó i socruithe rúnda d’uathoibrithe. Ní thaispeánfar arís é. Is féidir le haon duine a bhfuil sé aige gníomhú mar thusa.',
  'created.label': 'Comhartha API “{name}”',
  'created.done': 'Tá sé stóráilte agam',
  copy: 'Cóipeáil an comhartha',
  copied: 'Cóipeáladh an comhartha.',
  copyFailed: 'Tá an comhartha roghnaithe: cóipeáil é le do mhéarchlár nó leis an roghchlár.',
  'revoke.title': 'An comhartha “{name}” a chúlghairm?',
  'revoke.body':
    'Stopfaidh scripteanna agus córais a úsáideann é ag obair láithreach. Ní féidir é seo a chealú, ach is féidir leat comhartha nua a chruthú.',
  'revoke.confirm': 'Cúlghair',
  'revoke.done': 'Tá an comhartha “{name}” cúlghairthe.',
  'revoke.errorTitle': 'Níor cúlghaireadh an comhartha',
  cancel: 'Cealaigh',
  'role.admin': 'riarthóir',
  'role.editor': 'eagarthóir',
  'role.moderator': 'modhnóir',
  'role.analyst': 'anailísí',
};

export default messages;
