import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Veebisaitide leht (saidid, kust on lubatud saata hääli, kommentaare, allkirju ja hinnanguid), eesti keeles. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Veebisaidid',
  'sites.intro':
    'Vidinaid võib näidata iga veebisait, kuid hääletada, kommenteerida, allkirjastada ja hinnata saavad inimesed ainult siin lubatud saitide lehtedel.',
  'sites.loading': 'Laadimine…',
  'sites.loadError': 'Veebisaite ei õnnestunud laadida: {detail}',
  'sites.retry': 'Proovi uuesti',
  'sites.readOnly': 'Seda loetelu saavad muuta ainult administraatorid. Paluge mõnel neist oma sait lubada.',
  'refused.title': 'Hiljuti tagasi lükatud saidid',
  'refused.intro':
    'Nende saitide lehed püüdsid saata häält, kommentaari, allkirja või hinnangut ja need lükati tagasi. Kui sait on teie oma, lubage see.',
  'refused.none': 'Hiljuti ei ole ühtegi saiti tagasi lükatud.',
  'refused.caption': 'Tagasi lükatud saidid, uusimad eespool',
  'refused.allow': 'Luba',
  'refused.note': 'Lubatud tagasi lükatud saitide loetelust',
  'col.site': 'Sait',
  'col.refusals': 'Tagasi lükatud katsed',
  'col.lastRefused': 'Viimati tagasi lükatud',
  'col.firstRefused': 'Esimest korda tagasi lükatud',
  'col.note': 'Märkus',
  'col.addedBy': 'Lisaja',
  'col.added': 'Lisatud',
  'col.action': 'Toiming',
  'allowed.title': 'Lubatud saidid',
  'allowed.caption': 'Lubatud saidid',
  'allowed.none': 'Ühtegi saiti ei ole veel lubatud: inimesed saavad osaleda ainult selle serveri enda lehtedel.',
  'allowed.fromEnvironment': 'Serveri seadistus',
  'allowed.fromEnvironmentNote': 'Määratud muutujas CIVIC_ALLOWED_ORIGINS: muutke seda serveri seadistustes.',
  'allowed.remove': 'Eemalda',
  'confirm.remove': 'Kas lõpetada saidi {origin} lubamine?',
  'confirm.removeBody':
    'Selle lehtedel ei saa inimesed enam hääletada, kommenteerida, allkirjastada ega hinnata. Selle lehtedel juba olevad vidinad jäävad nähtavaks.',
  'confirm.yesRemove': 'Jah, eemalda',
  'confirm.cancel': 'Loobu',
  'add.title': 'Luba sait',
  'add.origin': 'Saidi veebiaadress',
  'add.originHint': 'Näiteks https://www.city.gov. Lubatakse kõik selle saidi lehed; kõike, mis järgneb saidi nimele, eiratakse.',
  'add.note': 'Märkus (vabatahtlik)',
  'add.noteHint': 'Mis sait see on ja kes seda haldab, et teised teaksid, miks see on lubatud. Kuni 200 märki.',
  'add.submit': 'Luba sait',
  'add.saving': 'Salvestamine…',
  'add.errorTitle': 'Tekkis probleem',
  'error.origin': 'Sisestage saidi veebiaadress, näiteks https://www.city.gov',
  'error.note': 'Märkus võib olla kuni 200 märki pikk',
  'notice.added': '{origin} on lubatud: selle lehtedel saavad inimesed nüüd osaleda.',
  'notice.removed': '{origin} ei ole enam lubatud.',
};

export default messages;
