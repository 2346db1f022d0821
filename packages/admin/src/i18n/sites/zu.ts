import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Ikhasi lamasayithi (amasayithi avunyelwe ukuthumela amavoti, amazwana, ukusayina nezilinganiso), ngesiZulu. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Amasayithi',
  'sites.intro':
    'Noma iyiphi iwebhusayithi ingabonisa ama-widget, kodwa abantu bangavota, baphawule, basayine futhi balinganise kuphela emakhasini amasayithi avunyelwe lapha.',
  'sites.loading': 'Iyalayisha…',
  'sites.loadError': 'Amasayithi awakwazanga ukulayishwa: {detail}',
  'sites.retry': 'Zama futhi',
  'sites.readOnly': 'Abaphathi kuphela abangashintsha lolu hlu. Cela omunye wabo avumele isayithi yakho.',
  'refused.title': 'Amasayithi enqatshwe muva nje',
  'refused.intro':
    'Amakhasi alawa masayithi azame ukuthumela ivoti, izwana, ukusayina noma isilinganiso futhi enqatshwa. Uma isayithi ingeyakho, yivumele.',
  'refused.none': 'Ayikho isayithi eyenqatshwe muva nje.',
  'refused.caption': 'Amasayithi enqatshiwe, amasha kuqala',
  'refused.allow': 'Vumela',
  'refused.note': 'Ivunyelwe ohlwini lwamasayithi enqatshiwe',
  'col.site': 'Isayithi',
  'col.refusals': 'Imizamo enqatshiwe',
  'col.lastRefused': 'Ukwenqatshwa kokugcina',
  'col.firstRefused': 'Ukwenqatshwa kokuqala',
  'col.note': 'Inothi',
  'col.addedBy': 'Owengezile',
  'col.added': 'Usuku lokwengezwa',
  'col.action': 'Isenzo',
  'allowed.title': 'Amasayithi avunyelwe',
  'allowed.caption': 'Amasayithi avunyelwe',
  'allowed.none': 'Ayikho isayithi evunyelwe okwamanje: abantu bangabamba iqhaza kuphela emakhasini ale seva.',
  'allowed.fromEnvironment': 'Isethingi yeseva',
  'allowed.fromEnvironmentNote': 'Isethwe ku-CIVIC_ALLOWED_ORIGINS: yishintshe kumasethingi eseva.',
  'allowed.remove': 'Susa',
  'confirm.remove': 'Uyeke ukuvumela i-{origin}?',
  'confirm.removeBody':
    'Abantu abasemakhasini ayo ngeke besakwazi ukuvota, ukuphawula, ukusayina noma ukulinganisa. Ama-widget asevele esemakhasini ayo azoqhubeka ebonakala.',
  'confirm.yesRemove': 'Yebo, yisuse',
  'confirm.cancel': 'Khansela',
  'add.title': 'Vumela isayithi',
  'add.origin': 'Ikheli lewebhu lesayithi',
  'add.originHint':
    'Njengokuthi https://www.city.gov. Wonke amakhasi aleyo sayithi avunyelwe; noma yini elandela igama lesayithi iyashaywa indiva.',
  'add.note': 'Inothi (akuphoqelekile)',
  'add.noteHint':
    'Iyini le sayithi futhi ubani oyiphethe, ukuze abanye bazi ukuthi kungani ivunyelwe. Izinhlamvu ezingafika ku-200.',
  'add.submit': 'Vumela isayithi',
  'add.saving': 'Iyagcina…',
  'add.errorTitle': 'Kukhona inkinga',
  'error.origin': 'Faka ikheli lewebhu lesayithi, njengokuthi https://www.city.gov',
  'error.note': 'Inothi kumele ibe nezinhlamvu ezingu-200 noma ngaphansi',
  'notice.added': 'I-{origin} ivunyelwe: abantu abasemakhasini ayo manje bangabamba iqhaza.',
  'notice.removed': 'I-{origin} ayisavunyelwe.',
};

export default messages;
