import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Stran Spletna mesta (izvori, s katerih je dovoljeno pošiljati glasove, komentarje, podpise in ocene) v slovenščini. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Spletna mesta',
  'sites.intro':
    'Gradnike lahko prikazuje katero koli spletno mesto, glasovati, komentirati, podpisovati in ocenjevati pa je mogoče samo na straneh spletnih mest, ki so dovoljena tukaj.',
  'sites.loading': 'Nalaganje…',
  'sites.loadError': 'Spletnih mest ni bilo mogoče naložiti: {detail}',
  'sites.retry': 'Poskusi znova',
  'sites.readOnly': 'Ta seznam lahko spreminjajo samo skrbniki. Prosite skrbnika, naj dovoli vaše spletno mesto.',
  'refused.title': 'Nedavno zavrnjena spletna mesta',
  'refused.intro':
    'Strani teh spletnih mest so poskušale poslati glas, komentar, podpis ali oceno in so bile zavrnjene. Če je spletno mesto vaše, ga dovolite.',
  'refused.none': 'V zadnjem času ni bilo zavrnjeno nobeno spletno mesto.',
  'refused.caption': 'Zavrnjena spletna mesta, najprej najnovejša',
  'refused.allow': 'Dovoli',
  'refused.note': 'Dovoljeno s seznama zavrnjenih spletnih mest',
  'col.site': 'Spletno mesto',
  'col.refusals': 'Zavrnjeni poskusi',
  'col.lastRefused': 'Nazadnje zavrnjeno',
  'col.firstRefused': 'Prvič zavrnjeno',
  'col.note': 'Opomba',
  'col.addedBy': 'Kdo je dodal',
  'col.added': 'Dodano',
  'col.action': 'Dejanje',
  'allowed.title': 'Dovoljena spletna mesta',
  'allowed.caption': 'Dovoljena spletna mesta',
  'allowed.none': 'Nobeno spletno mesto še ni dovoljeno: sodelovati je mogoče samo na straneh tega strežnika.',
  'allowed.fromEnvironment': 'Nastavitev strežnika',
  'allowed.fromEnvironmentNote': 'Nastavljeno v CIVIC_ALLOWED_ORIGINS: spremenite v nastavitvah strežnika.',
  'allowed.remove': 'Odstrani',
  'confirm.remove': 'Želite preklicati dovoljenje za {origin}?',
  'confirm.removeBody':
    'Na njegovih straneh ne bo več mogoče glasovati, komentirati, podpisovati ali ocenjevati. Gradniki, ki so že na njegovih straneh, ostanejo vidni.',
  'confirm.yesRemove': 'Da, odstrani',
  'confirm.cancel': 'Prekliči',
  'add.title': 'Dovolite spletno mesto',
  'add.origin': 'Spletni naslov spletnega mesta',
  'add.originHint':
    'Na primer https://www.city.gov. Dovoljene so vse strani tega spletnega mesta; vse, kar sledi imenu spletnega mesta, se prezre.',
  'add.note': 'Opomba (neobvezno)',
  'add.noteHint': 'Kaj je spletno mesto in kdo ga upravlja, da drugi vedo, zakaj je dovoljeno. Največ 200 znakov.',
  'add.submit': 'Dovoli spletno mesto',
  'add.saving': 'Shranjevanje…',
  'add.errorTitle': 'Prišlo je do težave',
  'error.origin': 'Vpišite spletni naslov spletnega mesta, na primer https://www.city.gov',
  'error.note': 'Opomba ima lahko največ 200 znakov',
  'notice.added': 'Spletno mesto {origin} je dovoljeno: na njegovih straneh je zdaj mogoče sodelovati.',
  'notice.removed': 'Spletno mesto {origin} ni več dovoljeno.',
};

export default messages;
