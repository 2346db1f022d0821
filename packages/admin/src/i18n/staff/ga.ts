import type { Message } from '@civic-widgets/elements';
import type { StaffMessageKey } from './en.js';

/** Leathanaigh na Foirne (liosta, cuireadh, ball amháin), i nGaeilge. */
const messages: Partial<Record<StaffMessageKey, Message>> = {
  'staff.title': 'Foireann',
  'staff.intro':
    'Gach duine atá in ann logáil isteach sa chonsól seo, agus cad a ligeann a ról dóibh a dhéanamh. Socraíonn gach duine a phasfhocal féin trí nasc aonúsáide.',
  'staff.loading': 'An fhoireann á lódáil…',
  'staff.loadError': 'Níorbh fhéidir liosta na foirne a lódáil: {detail}',
  'staff.retry': 'Bain triail eile as',
  'staff.invite': 'Tabhair cuireadh do bhall foirne',
  'staff.caption': {
    one: 'Ball foirne amháin',
    two: '{count} bhall foirne',
    few: '{count} bhall foirne',
    many: '{count} mball foirne',
    other: '{count} ball foirne',
  },
  'staff.you': '(tusa)',
  'staff.never': 'Riamh',
  'col.name': 'Ainm',
  'col.email': 'Seoladh ríomhphoist',
  'col.role': 'Ról',
  'col.status': 'Stádas',
  'col.methods': 'Logálann isteach le',
  'col.lastSignIn': 'Logáil isteach go deireanach',
  'status.invited': 'Cuireadh tugtha',
  'status.active': 'Gníomhach',
  'status.disabled': 'Díchumasaithe',
  'method.password': 'Pasfhocal',
  'method.oidc': 'Logáil isteach aonair',
  'method.none': 'Gan socrú fós',
  'role.admin': 'Riarthóir',
  'role.editor': 'Eagarthóir',
  'role.moderator': 'Modhnóir',
  'role.analyst': 'Anailísí',
  'roleHint.admin': 'Is féidir gach rud a dhéanamh, lena n-áirítear an fhoireann, suíomhanna agus socruithe a bhainistiú.',
  'roleHint.editor':
    'Cruthaíonn agus cuireann in eagar ábhar, foilsíonn freagraí ar achainíocha agus seiceálann sínithe achainíocha.',
  'roleHint.moderator': 'Athbhreithníonn tráchtanna agus cuireann bac ar dhaoine nó ar líonraí a mhí-úsáideann na giuirléidí.',
  'roleHint.analyst': 'Léann torthaí agus íoslódálann easpórtálacha. Ní féidir aon rud a athrú.',
  'invite.title': 'Tabhair cuireadh do bhall foirne',
  'invite.intro':
    'Gheobhaidh tú nasc aonúsáide le seoladh chuig an duine. Osclóidh an duine é chun a phasfhocal féin a roghnú, agus ansin logálfaidh sé isteach.',
  'invite.email': 'Seoladh ríomhphoist oibre',
  'invite.emailHint': 'Logálfaidh an duine isteach leis an seoladh seo.',
  'invite.name': 'Ainm (roghnach)',
  'invite.nameHint':
    'An chaoi a dtaispeántar an duine sa chonsól agus sa loga iniúchta. Má fhágann tú folamh é, úsáidfear an chuid den seoladh ríomhphoist roimh an @.',
  'invite.role': 'Ról',
  'invite.roleHint': 'Roghnaigh cad is féidir leis an duine a dhéanamh. Is féidir leat é a athrú níos déanaí.',
  'invite.submit': 'Cruthaigh cuireadh',
  'invite.working': 'An cuireadh á chruthú…',
  'invite.errorTitle': 'Níor cruthaíodh an cuireadh',
  'invite.emailRequired': 'Cuir isteach seoladh ríomhphoist an duine',
  'invite.roleRequired': 'Roghnaigh ról',
  'invited.title': 'Cuireadh cruthaithe',
  'invited.status': 'Tugadh cuireadh do {name} leis an ról {role}.',
  'invited.send':
    'Seol an nasc seo chuig {email}, mar shampla trí ríomhphost nó trí chomhrá. Oibríonn sé uair amháin, ar feadh 72 uair an chloig. Ní thaispeántar é ach anois: cóipeáil é sula bhfágann tú an leathanach seo.',
  'invited.linkLabel': 'Nasc socraithe aonúsáide do {name}',
  'invited.another': 'Tabhair cuireadh do dhuine eile',
  back: 'Ar ais chuig an bhfoireann ar fad',
  copy: 'Cóipeáil an nasc',
  copied: 'Cóipeáladh an nasc.',
  copyFailed: 'Tá an nasc roghnaithe: cóipeáil é le do mhéarchlár nó leis an roghchlár.',
  'member.loading': 'Á lódáil…',
  'member.notFound': 'Níor aimsíodh an ball foirne',
  'member.notFoundBody': 'Níl aon bhall foirne ag a bhfuil an uimhir seo. Fill ar liosta na foirne.',
  'member.you':
    'Is é seo do chuntas féin. Ní féidir leat do ról riarthóra a thabhairt suas ná tú féin a dhíchumasú: caithfidh riarthóir eile é sin a dhéanamh.',
  'member.added': 'Curtha leis',
  'member.errorTitle': 'Níor sábháladh an t-athrú',
  'member.roleTitle': 'Athraigh an ról',
  'member.roleHint':
    'Nuair a athraítear an ról, logáiltear an duine amach. Logálann an duine isteach arís chun an ról nua a úsáid.',
  'member.saveRole': 'Sábháil an ról',
  'member.roleSame': 'Tá an ról seo ag {name} cheana. Níor athraíodh aon rud.',
  'member.roleSaved': 'Athraíodh an ról go {role}. Logáladh {name} amach; beidh ar an duine logáil isteach arís leis an ról nua.',
  'member.linkTitle': 'Nasc socraithe nua',
  'member.linkIntro':
    'Má cailleadh an cuireadh nó má rinneadh dearmad ar an bpasfhocal, cruthaigh nasc aonúsáide nua. Stopfaidh naisc níos luaithe ag obair. Oibreoidh an pasfhocal reatha go dtí go n-úsáidtear an nasc nua.',
  'member.makeLink': 'Cruthaigh nasc socraithe nua',
  'member.linkMade': 'Tá nasc socraithe nua do {name} réidh.',
  'member.linkSend':
    'Seol an nasc seo chuig {email}. Oibríonn sé uair amháin, ar feadh 72 uair an chloig. Ní thaispeántar é ach anois.',
  'member.linkDisabled': 'Athchumasaigh an cuntas sula gcruthaíonn tú nasc socraithe.',
  'member.accessTitle': 'Rochtain',
  'member.disableIntro':
    'Nuair a dhíchumasaítear an cuntas, logáiltear an duine amach láithreach, stoptar a chomharthaí API go buan agus ní féidir leis logáil isteach. Fanann a ndearna sé sa loga iniúchta.',
  'member.disable': 'Díchumasaigh an cuntas',
  'member.disableTitle': 'Cuntas {name} a dhíchumasú?',
  'member.disableBody':
    'Logáiltear an duine amach láithreach agus ní féidir leis logáil isteach go dtí go n-athchumasaíonn riarthóir an cuntas. Stopfaidh a chomharthaí API ag obair go buan.',
  'member.disableConfirm': 'Díchumasaigh',
  'member.disabled': 'Tá cuntas {name} díchumasaithe. Logáladh amach an duine.',
  'member.enableIntro':
    'Tá an cuntas seo díchumasaithe. Má athchumasaítear é, beidh an duine in ann logáil isteach arís. Fanfaidh comharthaí API a cúlghaireadh nuair a díchumasaíodh é cúlghairthe.',
  'member.enable': 'Athchumasaigh an cuntas',
  'member.enableTitle': 'Cuntas {name} a athchumasú?',
  'member.enableBody': 'Beidh an duine in ann logáil isteach arís, leis an ról {role}.',
  'member.enableConfirm': 'Athchumasaigh',
  'member.enabled': 'Tá cuntas {name} cumasaithe arís.',
  cancel: 'Cealaigh',
};

export default messages;
