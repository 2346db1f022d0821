import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** An leathanach Suíomhanna (na bunáiteanna a bhfuil cead acu vótaí, tráchtanna, sínithe agus rátálacha a sheoladh), i nGaeilge. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Suíomhanna',
  'sites.intro':
    'Is féidir le suíomh gréasáin ar bith na giuirléidí a thaispeáint, ach ní féidir le daoine vótáil, trácht a dhéanamh, síniú ná rátáil a thabhairt ach ar leathanaigh de chuid na suíomhanna a cheadaítear anseo.',
  'sites.loading': 'Á lódáil…',
  'sites.loadError': 'Níorbh fhéidir na suíomhanna a lódáil: {detail}',
  'sites.retry': 'Bain triail eile as',
  'sites.readOnly': 'Ní féidir ach le riarthóirí an liosta seo a athrú. Iarr ar dhuine acu do shuíomh a cheadú.',
  'refused.title': 'Suíomhanna a diúltaíodh le déanaí',
  'refused.intro':
    'Rinne leathanaigh ar na suíomhanna seo iarracht vóta, trácht, síniú nó rátáil a sheoladh agus diúltaíodh dóibh. Más leatsa suíomh acu, ceadaigh é.',
  'refused.none': 'Níor diúltaíodh d’aon suíomh le déanaí.',
  'refused.caption': 'Suíomhanna a diúltaíodh, an ceann is déanaí ar dtús',
  'refused.allow': 'Ceadaigh',
  'refused.note': 'Ceadaithe ó liosta na suíomhanna a diúltaíodh',
  'col.site': 'Suíomh',
  'col.refusals': 'Iarrachtaí a diúltaíodh',
  'col.lastRefused': 'An diúltú is déanaí',
  'col.firstRefused': 'An chéad diúltú',
  'col.note': 'Nóta',
  'col.addedBy': 'Curtha leis ag',
  'col.added': 'Curtha leis',
  'col.action': 'Gníomh',
  'allowed.title': 'Suíomhanna ceadaithe',
  'allowed.caption': 'Suíomhanna ceadaithe',
  'allowed.none':
    'Níl aon suíomh ceadaithe fós: ní féidir le daoine páirt a ghlacadh ach ar leathanaigh an fhreastalaí seo féin.',
  'allowed.fromEnvironment': 'Socrú freastalaí',
  'allowed.fromEnvironmentNote': 'Socraithe in CIVIC_ALLOWED_ORIGINS: athraigh é i socruithe an fhreastalaí.',
  'allowed.remove': 'Bain',
  'confirm.remove': 'Stop de {origin} a cheadú?',
  'confirm.removeBody':
    'Ní bheidh daoine ar a leathanaigh in ann vótáil, trácht a dhéanamh, síniú ná rátáil a thabhairt a thuilleadh. Fanfaidh na giuirléidí atá ar a leathanaigh cheana le feiceáil.',
  'confirm.yesRemove': 'Bain é',
  'confirm.cancel': 'Cealaigh',
  'add.title': 'Ceadaigh suíomh',
  'add.origin': 'Seoladh gréasáin an tsuímh',
  'add.originHint':
    'Mar shampla https://www.city.gov. Ceadaítear gach leathanach den suíomh sin; déantar neamhaird de gach rud i ndiaidh ainm an tsuímh.',
  'add.note': 'Nóta (roghnach)',
  'add.noteHint':
    'Cad é an suíomh agus cé a ritheann é, ionas go mbeidh a fhios ag daoine eile cén fáth a bhfuil sé ceadaithe. Suas le 200 carachtar.',
  'add.submit': 'Ceadaigh an suíomh',
  'add.saving': 'Á shábháil…',
  'add.errorTitle': 'Tá fadhb ann',
  'error.origin': 'Cuir isteach seoladh gréasáin an tsuímh, mar shampla https://www.city.gov',
  'error.note': 'Ní féidir níos mó ná 200 carachtar a bheith sa nóta',
  'notice.added': 'Tá {origin} ceadaithe: is féidir le daoine ar a leathanaigh páirt a ghlacadh anois.',
  'notice.removed': 'Níl {origin} ceadaithe a thuilleadh.',
};

export default messages;
