import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Svetainių puslapis (kilmės, iš kurių leidžiama siųsti balsus, komentarus, parašus ir įvertinimus) lietuvių kalba. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Svetainės',
  'sites.intro':
    'Valdiklius gali rodyti bet kuri svetainė, tačiau balsuoti, komentuoti, pasirašyti ir vertinti žmonės gali tik čia leistų svetainių puslapiuose.',
  'sites.loading': 'Įkeliama…',
  'sites.loadError': 'Nepavyko įkelti svetainių: {detail}',
  'sites.retry': 'Bandyti dar kartą',
  'sites.readOnly': 'Šį sąrašą keisti gali tik administratoriai. Paprašykite kurio nors iš jų leisti Jūsų svetainę.',
  'refused.title': 'Neseniai atmestos svetainės',
  'refused.intro':
    'Šių svetainių puslapiai bandė siųsti balsą, komentarą, parašą ar įvertinimą, bet buvo atmesti. Jei svetainė Jūsų, leiskite ją.',
  'refused.none': 'Neseniai nebuvo atmesta nė viena svetainė.',
  'refused.caption': 'Atmestos svetainės, naujausios viršuje',
  'refused.allow': 'Leisti',
  'refused.note': 'Leista iš atmestų svetainių sąrašo',
  'col.site': 'Svetainė',
  'col.refusals': 'Atmesti bandymai',
  'col.lastRefused': 'Paskutinį kartą atmesta',
  'col.firstRefused': 'Pirmą kartą atmesta',
  'col.note': 'Pastaba',
  'col.addedBy': 'Pridėjo',
  'col.added': 'Pridėta',
  'col.action': 'Veiksmas',
  'allowed.title': 'Leidžiamos svetainės',
  'allowed.caption': 'Leidžiamos svetainės',
  'allowed.none': 'Dar neleista nė viena svetainė: žmonės gali dalyvauti tik paties šio serverio puslapiuose.',
  'allowed.fromEnvironment': 'Serverio nustatymas',
  'allowed.fromEnvironmentNote': 'Nustatyta kintamajame CIVIC_ALLOWED_ORIGINS: pakeiskite jį serverio nustatymuose.',
  'allowed.remove': 'Pašalinti',
  'confirm.remove': 'Nebeleisti {origin}?',
  'confirm.removeBody':
    'Jos puslapiuose žmonės nebegalės balsuoti, komentuoti, pasirašyti ar vertinti. Jau jos puslapiuose esantys valdikliai liks matomi.',
  'confirm.yesRemove': 'Taip, pašalinti',
  'confirm.cancel': 'Atšaukti',
  'add.title': 'Leisti svetainę',
  'add.origin': 'Svetainės interneto adresas',
  'add.originHint':
    'Pavyzdžiui, https://www.city.gov. Leidžiami visi tos svetainės puslapiai; viskas, kas eina po svetainės pavadinimo, ignoruojama.',
  'add.note': 'Pastaba (neprivaloma)',
  'add.noteHint': 'Kokia tai svetainė ir kas ją tvarko, kad kiti žinotų, kodėl ji leidžiama. Ne daugiau kaip 200 simbolių.',
  'add.submit': 'Leisti svetainę',
  'add.saving': 'Įrašoma…',
  'add.errorTitle': 'Kilo problema',
  'error.origin': 'Įveskite svetainės interneto adresą, pavyzdžiui, https://www.city.gov',
  'error.note': 'Pastaboje gali būti ne daugiau kaip 200 simbolių',
  'notice.added': '{origin} leidžiama: jos puslapiuose žmonės dabar gali dalyvauti.',
  'notice.removed': '{origin} nebeleidžiama.',
};

export default messages;
