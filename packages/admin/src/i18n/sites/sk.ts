import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Stránka Weby (pôvod, z ktorého možno posielať hlasy, komentáre, podpisy a hodnotenia), po slovensky. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Weby',
  'sites.intro':
    'Widgety môže zobraziť akýkoľvek web, ale hlasovať, komentovať, podpisovať a hodnotiť sa dá len na stránkach webov, ktoré sú tu povolené.',
  'sites.loading': 'Načítava sa…',
  'sites.loadError': 'Weby sa nepodarilo načítať: {detail}',
  'sites.retry': 'Skúsiť znova',
  'sites.readOnly': 'Tento zoznam môžu meniť len administrátori. Požiadajte niektorého z nich, aby váš web povolil.',
  'refused.title': 'Nedávno odmietnuté weby',
  'refused.intro':
    'Stránky týchto webov sa pokúsili odoslať hlas, komentár, podpis alebo hodnotenie a boli odmietnuté. Ak je web váš, povoľte ho.',
  'refused.none': 'V poslednom čase nebol odmietnutý žiadny web.',
  'refused.caption': 'Odmietnuté weby, od najnovšieho',
  'refused.allow': 'Povoliť',
  'refused.note': 'Povolené zo zoznamu odmietnutých webov',
  'col.site': 'Web',
  'col.refusals': 'Odmietnuté pokusy',
  'col.lastRefused': 'Naposledy odmietnutý',
  'col.firstRefused': 'Prvýkrát odmietnutý',
  'col.note': 'Poznámka',
  'col.addedBy': 'Pridal(a)',
  'col.added': 'Pridané',
  'col.action': 'Akcia',
  'allowed.title': 'Povolené weby',
  'allowed.caption': 'Povolené weby',
  'allowed.none': 'Zatiaľ nie je povolený žiadny web: ľudia sa môžu zapojiť len na vlastných stránkach tohto servera.',
  'allowed.fromEnvironment': 'Nastavenie servera',
  'allowed.fromEnvironmentNote': 'Nastavené v CIVIC_ALLOWED_ORIGINS: zmeňte to v nastaveniach servera.',
  'allowed.remove': 'Odstrániť',
  'confirm.remove': 'Zrušiť povolenie pre {origin}?',
  'confirm.removeBody':
    'Ľudia na jeho stránkach už nebudú môcť hlasovať, komentovať, podpisovať ani hodnotiť. Widgety, ktoré už na jeho stránkach sú, zostanú viditeľné.',
  'confirm.yesRemove': 'Áno, odstrániť',
  'confirm.cancel': 'Zrušiť',
  'add.title': 'Povoliť web',
  'add.origin': 'Webová adresa webu',
  'add.originHint': 'Napríklad https://www.city.gov. Povolené sú všetky stránky tohto webu; všetko za názvom webu sa ignoruje.',
  'add.note': 'Poznámka (nepovinné)',
  'add.noteHint': 'Čo je to za web a kto ho prevádzkuje, aby ostatní vedeli, prečo je povolený. Najviac 200 znakov.',
  'add.submit': 'Povoliť web',
  'add.saving': 'Ukladá sa…',
  'add.errorTitle': 'Vyskytol sa problém',
  'error.origin': 'Zadajte webovú adresu webu, napríklad https://www.city.gov',
  'error.note': 'Poznámka môže mať najviac 200 znakov',
  'notice.added': '{origin} je povolený: ľudia na jeho stránkach sa teraz môžu zapojiť.',
  'notice.removed': '{origin} už nie je povolený.',
};

export default messages;
