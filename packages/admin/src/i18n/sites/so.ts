import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Bogga mareegaha (mareegaha loo oggol yahay inay diraan codad, faallooyin, saxiixyo iyo qiimeyn), af Soomaali. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Mareegaha',
  'sites.intro':
    'Mareeg kasta way muujin kartaa widget-yada, laakiin dadku waxay codayn karaan, faallo bixin karaan, saxiixi karaan oo qiimeyn karaan oo keliya boggaga mareegaha halkan loo oggolaaday.',
  'sites.loading': 'Waa la soo rarayaa…',
  'sites.loadError': 'Mareegaha lama soo rari karin: {detail}',
  'sites.retry': 'Isku day mar kale',
  'sites.readOnly': 'Maamulayaasha guud oo keliya ayaa beddeli kara liiskan. Weydii mid ka mid ah inuu oggolaado mareegtaada.',
  'refused.title': 'Mareegaha dhowaan la diiday',
  'refused.intro':
    'Boggaga mareegahan waxay isku dayeen inay diraan cod, faallo, saxiix ama qiimeyn, waana la diiday. Haddii mareeggu adiga kuu leeyahay, oggolow.',
  'refused.none': 'Dhowaan mareegna lama diidin.',
  'refused.caption': 'Mareegaha la diiday, kuwa ugu dambeeyay marka hore',
  'refused.allow': 'Oggolow',
  'refused.note': 'Laga oggolaaday liiska mareegaha la diiday',
  'col.site': 'Mareegta',
  'col.refusals': 'Isku dayada la diiday',
  'col.lastRefused': 'Diidmadii ugu dambeysay',
  'col.firstRefused': 'Diidmadii ugu horreysay',
  'col.note': 'Qoraal',
  'col.addedBy': 'Waxaa ku daray',
  'col.added': 'La ku daray',
  'col.action': 'Ficil',
  'allowed.title': 'Mareegaha la oggolaaday',
  'allowed.caption': 'Mareegaha la oggolaaday',
  'allowed.none': 'Weli mareeg lama oggolaan: dadku waxay ka qaybqaadan karaan oo keliya boggaga server-kan.',
  'allowed.fromEnvironment': 'Dejinta server-ka',
  'allowed.fromEnvironmentNote': 'Waxaa lagu dejiyay CIVIC_ALLOWED_ORIGINS: ka beddel dejinta server-ka.',
  'allowed.remove': 'Ka saar',
  'confirm.remove': 'Ma joojinaysaa oggolaanshaha {origin}?',
  'confirm.removeBody':
    'Dadka boggageeda ku jira mar dambe ma codayn karaan, faallo ma bixin karaan, ma saxiixi karaan, mana qiimeyn karaan. Widget-yada horay ugu yaallay boggageeda way muuqan doonaan.',
  'confirm.yesRemove': 'Haa, ka saar',
  'confirm.cancel': 'Jooji',
  'add.title': 'Oggolow mareeg',
  'add.origin': 'Cinwaanka webka ee mareegta',
  'add.originHint':
    'Sida https://www.city.gov. Bog kasta oo mareegtaas ka tirsan waa la oggolaaday; wax kasta oo ka dambeeya magaca mareegta waa la iska indhatiraa.',
  'add.note': 'Qoraal (ikhtiyaari)',
  'add.noteHint': 'Waxa ay mareeggu tahay iyo cidda maamusha, si kuwa kale u ogaadaan sababta loo oggolaaday. Ilaa 200 xaraf.',
  'add.submit': 'Oggolow mareegta',
  'add.saving': 'Waa la kaydinayaa…',
  'add.errorTitle': 'Dhibaato ayaa jirta',
  'error.origin': 'Geli cinwaanka webka ee mareegta, sida https://www.city.gov',
  'error.note': 'Qoraalku waa inuu ahaadaa 200 xaraf ama ka yar',
  'notice.added': '{origin} waa la oggolaaday: dadka boggageeda ku jira hadda way ka qaybqaadan karaan.',
  'notice.removed': '{origin} hadda lama oggola.',
};

export default messages;
