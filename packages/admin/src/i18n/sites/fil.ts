import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Ang pahinang Mga site (mga origin na pinapayagang magpadala ng mga boto, komento, lagda at rating), sa Filipino. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Mga site',
  'sites.intro':
    'Kahit anong website ay puwedeng magpakita ng mga widget, pero makakaboto, makakapagkomento, makakalagda at makakapag-rate lang ang mga tao sa mga pahina ng mga site na pinapayagan dito.',
  'sites.loading': 'Naglo-load…',
  'sites.loadError': 'Hindi ma-load ang mga site: {detail}',
  'sites.retry': 'Subukang muli',
  'sites.readOnly':
    'Mga tagapangasiwa lang ang makapagbabago ng listahang ito. Hilingin sa isa sa kanila na payagan ang inyong site.',
  'refused.title': 'Mga site na tinanggihan kamakailan',
  'refused.intro':
    'Sinubukan ng mga pahina sa mga site na ito na magpadala ng boto, komento, lagda o rating at tinanggihan ang mga ito. Kung sa inyo ang isang site, payagan ito.',
  'refused.none': 'Walang site na tinanggihan kamakailan.',
  'refused.caption': 'Mga tinanggihang site, pinakabago muna',
  'refused.allow': 'Payagan',
  'refused.note': 'Pinayagan mula sa listahan ng mga tinanggihang site',
  'col.site': 'Site',
  'col.refusals': 'Mga tinanggihang pagtatangka',
  'col.lastRefused': 'Huling tinanggihan',
  'col.firstRefused': 'Unang tinanggihan',
  'col.note': 'Tala',
  'col.addedBy': 'Idinagdag ni',
  'col.added': 'Idinagdag noong',
  'col.action': 'Aksyon',
  'allowed.title': 'Mga pinapayagang site',
  'allowed.caption': 'Mga pinapayagang site',
  'allowed.none': 'Wala pang pinapayagang site: sa mga sariling pahina lang ng server na ito makakalahok ang mga tao.',
  'allowed.fromEnvironment': 'Setting ng server',
  'allowed.fromEnvironmentNote': 'Nakatakda sa CIVIC_ALLOWED_ORIGINS: baguhin ito sa mga setting ng server.',
  'allowed.remove': 'Alisin',
  'confirm.remove': 'Hindi na papayagan ang {origin}?',
  'confirm.removeBody':
    'Hindi na makakaboto, makakapagkomento, makakalagda o makakapag-rate ang mga tao sa mga pahina nito. Mananatiling nakikita ang mga widget na nasa mga pahina na nito.',
  'confirm.yesRemove': 'Oo, alisin ito',
  'confirm.cancel': 'Kanselahin',
  'add.title': 'Magpayag ng site',
  'add.origin': 'Web address ng site',
  'add.originHint':
    'Gaya ng https://www.city.gov. Pinapayagan ang bawat pahina ng site na iyon; hindi pinapansin ang anumang kasunod ng pangalan ng site.',
  'add.note': 'Tala (opsyonal)',
  'add.noteHint':
    'Kung ano ang site at sino ang nagpapatakbo nito, para malaman ng iba kung bakit ito pinapayagan. Hanggang 200 karakter.',
  'add.submit': 'Payagan ang site',
  'add.saving': 'Sine-save…',
  'add.errorTitle': 'May problema',
  'error.origin': 'Ilagay ang web address ng site, gaya ng https://www.city.gov',
  'error.note': 'Dapat 200 karakter o mas kaunti ang tala',
  'notice.added': 'Pinapayagan na ang {origin}: makakalahok na ang mga tao sa mga pahina nito.',
  'notice.removed': 'Hindi na pinapayagan ang {origin}.',
};

export default messages;
