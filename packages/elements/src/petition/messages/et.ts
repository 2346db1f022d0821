// eesti (et): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Petitsiooni laadimine…',
  'petition.full-text': 'Loe kogu petitsiooni',
  'petition.signatures': { '=0': 'Allkirju veel pole', one: '{count} allkiri', other: '{count} allkirja' },
  'petition.progress': 'Allkirjad: {count}/{goal} ({percent})',
  'petition.milestones': 'Vahe-eesmärgid',
  'petition.milestone': { one: '{count} allkiri – {label}', other: '{count} allkirja – {label}' },
  'petition.reached': '(✓ saavutatud)',
  'petition.milestone-reached': 'Vahe-eesmärk saavutatud: {label}.',
  'petition.closes': 'Allkirjastamise tähtaeg: {date}.',
  'petition.opens': 'Selle petitsiooni allkirjastamise algus: {date}.',
  'petition.closed': 'See petitsioon on suletud. Allkirju enam ei koguta.',
  'petition.response': 'Ametlik vastus',
  'petition.responded-on': 'Avaldamise kuupäev: {date}.',
  'petition.recent': 'Viimati allkirjastanud',
  'petition.sign': 'Allkirjasta see petitsioon',
  'petition.name': 'Ees- ja perekonnanimi',
  'petition.email': 'E-posti aadress',
  'petition.email-hint': 'Saadame teile lingi, millega saate oma allkirja kinnitada.',
  'petition.region': 'Elukoht',
  'petition.region-choose': 'Valige oma elukoht',
  'petition.consent':
    'Nõustun, et minu nime, e-posti aadressi ja elukohta töödeldakse minu allkirja registreerimiseks, nagu on kirjeldatud {privacy}.',
  'petition.privacy-notice': 'andmekaitsetingimustes',
  'petition.show-name': 'Näita minu nime avalikult allkirjastajate loetelus',
  'petition.submit': 'Allkirjasta petitsioon',
  'petition.submitting': 'Allkirjastamine…',
  'petition.error-summary': 'Tekkis probleem',
  'petition.error.name': 'Sisestage oma ees- ja perekonnanimi.',
  'petition.error.email-empty': 'Sisestage oma e-posti aadress.',
  'petition.error.email': 'Sisestage e-posti aadress õiges vormingus, näiteks nimi@example.com.',
  'petition.error.region': 'Valige oma elukoht.',
  'petition.error.consent': 'Allkirjastamiseks peate andma oma nõusoleku.',
  'petition.check-email': 'Kontrollige oma e-posti',
  'petition.check-email-body':
    'Saatsime lingi aadressile {email}. Avage see, et oma allkiri kinnitada: allkiri läheb arvesse alles pärast kinnitamist.',
  'petition.check-email-help':
    'Kui mõne minuti jooksul kirja ei saabu, kontrollige rämpsposti kausta. Võite ka sama aadressiga uuesti allkirjastada, et saada uus link.',
  'petition.share': 'Jaga seda petitsiooni',
  'petition.copied': 'Link on kopeeritud.',
};

export default messages;
