import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** Sivustot-sivu (alkuperät, joista saa lähettää ääniä, kommentteja, allekirjoituksia ja arvioita) suomeksi. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Sivustot',
  'sites.intro':
    'Mikä tahansa sivusto voi näyttää widgetit, mutta äänestää, kommentoida, allekirjoittaa ja arvioida voi vain tässä sallittujen sivustojen sivuilla.',
  'sites.loading': 'Ladataan…',
  'sites.loadError': 'Sivustoja ei voitu ladata: {detail}',
  'sites.retry': 'Yritä uudelleen',
  'sites.readOnly': 'Vain pääkäyttäjät voivat muuttaa tätä luetteloa. Pyydä pääkäyttäjää sallimaan sivustosi.',
  'refused.title': 'Äskettäin torjutut sivustot',
  'refused.intro':
    'Näiden sivustojen sivut yrittivät lähettää äänen, kommentin, allekirjoituksen tai arvion, ja yritys torjuttiin. Jos sivusto on teidän, salli se.',
  'refused.none': 'Yhtään sivustoa ei ole torjuttu viime aikoina.',
  'refused.caption': 'Torjutut sivustot, uusimmat ensin',
  'refused.allow': 'Salli',
  'refused.note': 'Sallittu torjuttujen sivustojen luettelosta',
  'col.site': 'Sivusto',
  'col.refusals': 'Torjutut yritykset',
  'col.lastRefused': 'Viimeksi torjuttu',
  'col.firstRefused': 'Ensimmäisen kerran torjuttu',
  'col.note': 'Huomautus',
  'col.addedBy': 'Lisääjä',
  'col.added': 'Lisätty',
  'col.action': 'Toiminto',
  'allowed.title': 'Sallitut sivustot',
  'allowed.caption': 'Sallitut sivustot',
  'allowed.none': 'Yhtään sivustoa ei ole vielä sallittu: osallistua voi vain tämän palvelimen omilla sivuilla.',
  'allowed.fromEnvironment': 'Palvelimen asetus',
  'allowed.fromEnvironmentNote': 'Määritetty asetuksessa CIVIC_ALLOWED_ORIGINS: muuta sitä palvelimen asetuksista.',
  'allowed.remove': 'Poista',
  'confirm.remove': 'Lopetetaanko sivuston {origin} salliminen?',
  'confirm.removeBody':
    'Sen sivuilla ei voi enää äänestää, kommentoida, allekirjoittaa eikä arvioida. Sen sivuilla jo olevat widgetit pysyvät näkyvissä.',
  'confirm.yesRemove': 'Kyllä, poista',
  'confirm.cancel': 'Peruuta',
  'add.title': 'Salli sivusto',
  'add.origin': 'Sivuston verkko-osoite',
  'add.originHint':
    'Esimerkiksi https://www.city.gov. Kaikki sivuston sivut sallitaan; kaikki sivuston nimen jälkeen tuleva jätetään huomiotta.',
  'add.note': 'Huomautus (vapaaehtoinen)',
  'add.noteHint': 'Mikä sivusto on ja kuka sitä ylläpitää, jotta muut tietävät, miksi se on sallittu. Enintään 200 merkkiä.',
  'add.submit': 'Salli sivusto',
  'add.saving': 'Tallennetaan…',
  'add.errorTitle': 'Tarkista seuraavat kohdat',
  'error.origin': 'Kirjoita sivuston verkko-osoite, esimerkiksi https://www.city.gov',
  'error.note': 'Huomautuksessa voi olla enintään 200 merkkiä',
  'notice.added': 'Sivusto {origin} on sallittu: sen sivuilla voi nyt osallistua.',
  'notice.removed': 'Sivusto {origin} ei ole enää sallittu.',
};

export default messages;
