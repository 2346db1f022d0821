import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Webguneak orria (botoak, iruzkinak, sinadurak eta balorazioak bidaltzeko baimena duten jatorriak), euskaraz. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Webguneak',
  'sites.intro':
    'Edozein webgunek erakuts ditzake widgetak, baina jendeak hemen baimendutako webguneen orrietan bakarrik bozka, iruzkindu, sina eta balora dezake.',
  'sites.loading': 'Kargatzen…',
  'sites.loadError': 'Ezin izan dira webguneak kargatu: {detail}',
  'sites.retry': 'Saiatu berriro',
  'sites.readOnly': 'Administratzaileek bakarrik alda dezakete zerrenda hau. Eskatu haietako bati zure webgunea baimentzeko.',
  'refused.title': 'Duela gutxi ukatutako webguneak',
  'refused.intro':
    'Webgune hauetako orriak boto, iruzkin, sinadura edo balorazio bat bidaltzen saiatu dira, eta ukatu egin dira. Webguneren bat zurea bada, baimendu ezazu.',
  'refused.none': 'Ez da webgunerik ukatu azkenaldian.',
  'refused.caption': 'Ukatutako webguneak, berrienak lehenengo',
  'refused.allow': 'Baimendu',
  'refused.note': 'Ukatutako webguneen zerrendatik baimendua',
  'col.site': 'Webgunea',
  'col.refusals': 'Ukatutako saiakerak',
  'col.lastRefused': 'Azken ukapena',
  'col.firstRefused': 'Lehen ukapena',
  'col.note': 'Oharra',
  'col.addedBy': 'Nork gehitua',
  'col.added': 'Noiz gehitua',
  'col.action': 'Ekintza',
  'allowed.title': 'Baimendutako webguneak',
  'allowed.caption': 'Baimendutako webguneak',
  'allowed.none':
    'Oraindik ez dago baimendutako webgunerik: jendeak zerbitzari honen beraren orrietan bakarrik har dezake parte.',
  'allowed.fromEnvironment': 'Zerbitzariaren ezarpena',
  'allowed.fromEnvironmentNote': 'CIVIC_ALLOWED_ORIGINS aldagaian ezarria: aldatu zerbitzariaren ezarpenetan.',
  'allowed.remove': 'Kendu',
  'confirm.remove': 'Baimena kendu nahi diozu webgune honi: {origin}?',
  'confirm.removeBody':
    'Bere orrietako jendeak ezin izango du gehiago bozkatu, iruzkindu, sinatu edo baloratu. Bere orrietan dauden widgetak ikusgai jarraituko dute.',
  'confirm.yesRemove': 'Bai, kendu',
  'confirm.cancel': 'Utzi',
  'add.title': 'Baimendu webgune bat',
  'add.origin': 'Webgunearen helbidea',
  'add.originHint':
    'Adibidez, https://www.city.gov. Webgune horretako orri guztiak baimentzen dira; webgunearen izenaren ondoren dagoen guztia ez da kontuan hartzen.',
  'add.note': 'Oharra (aukerakoa)',
  'add.noteHint':
    'Zer den webgunea eta nork kudeatzen duen, besteek jakin dezaten zergatik dagoen baimenduta. Gehienez 200 karaktere.',
  'add.submit': 'Baimendu webgunea',
  'add.saving': 'Gordetzen…',
  'add.errorTitle': 'Arazo bat dago',
  'error.origin': 'Idatzi webgunearen helbidea; adibidez, https://www.city.gov',
  'error.note': 'Oharrak gehienez 200 karaktere izan ditzake',
  'notice.added': 'Baimenduta dago {origin}: bere orrietako jendeak parte har dezake orain.',
  'notice.removed': 'Ez dago baimenduta jada: {origin}.',
};

export default messages;
