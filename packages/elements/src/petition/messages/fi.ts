// suomi (fi): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Ladataan adressia…',
  'petition.full-text': 'Lue koko adressi',
  'petition.signatures': { '=0': 'Ei vielä allekirjoituksia', one: '{count} allekirjoitus', other: '{count} allekirjoitusta' },
  'petition.progress': 'Allekirjoituksia: {count}/{goal} ({percent})',
  'petition.milestones': 'Välitavoitteet',
  'petition.milestone': { one: '{count} allekirjoitus – {label}', other: '{count} allekirjoitusta – {label}' },
  'petition.reached': '(✓ saavutettu)',
  'petition.milestone-reached': 'Välitavoite saavutettu: {label}.',
  'petition.closes': 'Voit allekirjoittaa {date} asti.',
  'petition.opens': 'Tämän adressin voi allekirjoittaa {date} alkaen.',
  'petition.closed': 'Tämä adressi on suljettu. Allekirjoituksia ei enää kerätä.',
  'petition.response': 'Virallinen vastaus',
  'petition.responded-on': 'Julkaistu {date}.',
  'petition.recent': 'Viimeksi allekirjoittaneet',
  'petition.sign': 'Allekirjoita tämä adressi',
  'petition.name': 'Koko nimi',
  'petition.email': 'Sähköpostiosoite',
  'petition.email-hint': 'Lähetämme sinulle linkin, jolla vahvistat allekirjoituksesi.',
  'petition.region': 'Asuinpaikka',
  'petition.region-choose': 'Valitse asuinpaikkasi',
  'petition.consent':
    'Hyväksyn, että nimeäni, sähköpostiosoitettani ja asuinaluettani käsitellään allekirjoitukseni tallentamiseksi {privacy} kuvatulla tavalla.',
  'petition.privacy-notice': 'tietosuojaselosteessa',
  'petition.show-name': 'Näytä nimeni julkisesti allekirjoittajien listalla',
  'petition.submit': 'Allekirjoita adressi',
  'petition.submitting': 'Allekirjoitetaan…',
  'petition.error-summary': 'Tarkista seuraavat kohdat',
  'petition.error.name': 'Kirjoita koko nimesi.',
  'petition.error.email-empty': 'Kirjoita sähköpostiosoitteesi.',
  'petition.error.email': 'Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@example.com.',
  'petition.error.region': 'Valitse asuinpaikkasi.',
  'petition.error.consent': 'Sinun täytyy antaa suostumuksesi, ennen kuin voit allekirjoittaa.',
  'petition.check-email': 'Tarkista sähköpostisi',
  'petition.check-email-body':
    'Lähetimme linkin osoitteeseen {email}. Avaa linkki ja vahvista allekirjoituksesi: se lasketaan mukaan vasta, kun se on vahvistettu.',
  'petition.check-email-help':
    'Jos viestiä ei tule muutaman minuutin kuluessa, tarkista roskapostikansio. Voit myös allekirjoittaa uudelleen samalla osoitteella, niin saat uuden linkin.',
  'petition.share': 'Jaa tämä adressi',
  'petition.copied': 'Linkki kopioitu.',
};

export default messages;
