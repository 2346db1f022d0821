// slovenščina (sl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Nalaganje peticije…',
  'petition.full-text': 'Preberite celotno peticijo',
  'petition.signatures': {
    '=0': 'Še ni podpisov',
    one: '{count} podpis',
    two: '{count} podpisa',
    few: '{count} podpisi',
    other: '{count} podpisov',
  },
  'petition.progress': 'Podpisi: {count} od {goal} ({percent})',
  'petition.milestones': 'Mejniki',
  'petition.milestone': {
    few: '{count} podpisi — {label}',
    one: '{count} podpis — {label}',
    two: '{count} podpisa — {label}',
    other: '{count} podpisov — {label}',
  },
  'petition.reached': '(✓ doseženo)',
  'petition.milestone-reached': 'Dosežen mejnik: {label}.',
  'petition.closes': 'Rok za podpisovanje: {date}.',
  'petition.opens': 'Začetek zbiranja podpisov: {date}.',
  'petition.closed': 'Ta peticija je zaprta. Podpisov ne zbira več.',
  'petition.response': 'Uradni odgovor',
  'petition.responded-on': 'Objavljeno: {date}.',
  'petition.recent': 'Nedavni podpisniki',
  'petition.sign': 'Podpišite to peticijo',
  'petition.name': 'Ime in priimek',
  'petition.email': 'E-poštni naslov',
  'petition.email-hint': 'Poslali vam bomo povezavo za potrditev podpisa.',
  'petition.region': 'Kraj prebivališča',
  'petition.region-choose': 'Izberite kraj prebivališča',
  'petition.consent':
    'Strinjam se, da se moje ime, e-poštni naslov in območje prebivališča obdelujejo za evidentiranje mojega podpisa, kot je opisano v {privacy}.',
  'petition.privacy-notice': 'izjavi o varstvu osebnih podatkov',
  'petition.show-name': 'Moje ime naj bo javno prikazano na seznamu podpisnikov',
  'petition.submit': 'Podpiši peticijo',
  'petition.submitting': 'Podpisovanje…',
  'petition.error-summary': 'Prišlo je do težave',
  'petition.error.name': 'Vpišite ime in priimek.',
  'petition.error.email-empty': 'Vpišite e-poštni naslov.',
  'petition.error.email': 'Vpišite e-poštni naslov v pravilni obliki, na primer ime@example.com.',
  'petition.error.region': 'Izberite kraj prebivališča.',
  'petition.error.consent': 'Za podpis morate potrditi soglasje.',
  'petition.check-email': 'Preverite e-pošto',
  'petition.check-email-body':
    'Povezavo smo poslali na {email}. Odprite jo, da potrdite podpis: podpis šteje šele, ko je potrjen.',
  'petition.check-email-help':
    'Če v nekaj minutah ne prejmete ničesar, preverite mapo z neželeno pošto ali znova podpišite z istim naslovom, da prejmete novo povezavo.',
  'petition.share': 'Deli to peticijo',
  'petition.copied': 'Povezava je kopirana.',
};

export default messages;
