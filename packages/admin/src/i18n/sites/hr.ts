import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Stranica Web-stranice (izvori s kojih se smiju slati glasovi, komentari, potpisi i ocjene), na hrvatskom. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Web-stranice',
  'sites.intro':
    'Svaka web-stranica može prikazivati widgete, ali glasati, komentirati, potpisivati i ocjenjivati moguće je samo na stranicama ovdje dopuštenih web-stranica.',
  'sites.loading': 'Učitavanje…',
  'sites.loadError': 'Web-stranice nije bilo moguće učitati: {detail}',
  'sites.retry': 'Pokušajte ponovno',
  'sites.readOnly': 'Ovaj popis mogu mijenjati samo administratori. Zamolite nekoga od njih da dopusti Vašu web-stranicu.',
  'refused.title': 'Nedavno odbijene web-stranice',
  'refused.intro':
    'Stranice ovih web-stranica pokušale su poslati glas, komentar, potpis ili ocjenu i bile su odbijene. Ako je neka od njih Vaša, dopustite je.',
  'refused.none': 'U posljednje vrijeme nije odbijena nijedna web-stranica.',
  'refused.caption': 'Odbijene web-stranice, najprije najnovije',
  'refused.allow': 'Dopustite',
  'refused.note': 'Dopušteno s popisa odbijenih web-stranica',
  'col.site': 'Web-stranica',
  'col.refusals': 'Odbijeni pokušaji',
  'col.lastRefused': 'Posljednje odbijanje',
  'col.firstRefused': 'Prvo odbijanje',
  'col.note': 'Napomena',
  'col.addedBy': 'Dodao/la',
  'col.added': 'Dodano',
  'col.action': 'Radnja',
  'allowed.title': 'Dopuštene web-stranice',
  'allowed.caption': 'Dopuštene web-stranice',
  'allowed.none':
    'Još nije dopuštena nijedna web-stranica: ljudi mogu sudjelovati samo na vlastitim stranicama ovog poslužitelja.',
  'allowed.fromEnvironment': 'Postavka poslužitelja',
  'allowed.fromEnvironmentNote': 'Postavljeno u CIVIC_ALLOWED_ORIGINS: promijenite to u postavkama poslužitelja.',
  'allowed.remove': 'Uklonite',
  'confirm.remove': 'Ukinuti dopuštenje za {origin}?',
  'confirm.removeBody':
    'Ljudi na njezinim stranicama više neće moći glasati, komentirati, potpisivati ni ocjenjivati. Widgeti koji su već na njezinim stranicama ostaju vidljivi.',
  'confirm.yesRemove': 'Da, uklonite',
  'confirm.cancel': 'Odustanite',
  'add.title': 'Dopustite web-stranicu',
  'add.origin': 'Web-adresa stranice',
  'add.originHint':
    'Na primjer https://www.city.gov. Dopuštene su sve stranice te web-stranice; sve nakon naziva web-stranice zanemaruje se.',
  'add.note': 'Napomena (neobavezno)',
  'add.noteHint': 'Što je ta web-stranica i tko je vodi, kako bi drugi znali zašto je dopuštena. Najviše 200 znakova.',
  'add.submit': 'Dopustite web-stranicu',
  'add.saving': 'Spremanje…',
  'add.errorTitle': 'Došlo je do problema',
  'error.origin': 'Unesite web-adresu stranice, na primjer https://www.city.gov',
  'error.note': 'Napomena smije imati najviše 200 znakova',
  'notice.added': '{origin} je dopuštena: ljudi na njezinim stranicama sada mogu sudjelovati.',
  'notice.removed': '{origin} više nije dopuštena.',
};

export default messages;
