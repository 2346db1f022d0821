// hrvatski (hr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Učitavanje peticije…',
  'petition.full-text': 'Pročitajte cijeli tekst peticije',
  'petition.signatures': { '=0': 'Još nema potpisa', one: '{count} potpis', few: '{count} potpisa', other: '{count} potpisa' },
  'petition.progress': 'Potpisi: {count} od {goal} ({percent})',
  'petition.milestones': 'Etape',
  'petition.milestone': { few: '{count} potpisa — {label}', one: '{count} potpis — {label}', other: '{count} potpisa — {label}' },
  'petition.reached': '(✓ dosegnuto)',
  'petition.milestone-reached': 'Dosegnuta etapa: {label}.',
  'petition.closes': 'Potpisivanje je otvoreno do {date}',
  'petition.opens': 'Potpisivanje ove peticije počinje {date}.',
  'petition.closed': 'Ova je peticija zatvorena. Potpisi se više ne prikupljaju.',
  'petition.response': 'Službeni odgovor',
  'petition.responded-on': 'Objavljeno {date}',
  'petition.recent': 'Nedavno potpisali',
  'petition.sign': 'Potpišite ovu peticiju',
  'petition.name': 'Ime i prezime',
  'petition.email': 'Adresa e-pošte',
  'petition.email-hint': 'Poslat ćemo Vam poveznicu za potvrdu potpisa.',
  'petition.region': 'Mjesto stanovanja',
  'petition.region-choose': 'Odaberite mjesto stanovanja',
  'petition.consent':
    'Dajem privolu da se moje ime, adresa e-pošte i mjesto stanovanja obrađuju radi evidentiranja mog potpisa, kako je opisano u {privacy}.',
  'petition.privacy-notice': 'obavijesti o zaštiti privatnosti',
  'petition.show-name': 'Javno prikažite moje ime na popisu potpisnika',
  'petition.submit': 'Potpišite peticiju',
  'petition.submitting': 'Potpisivanje…',
  'petition.error-summary': 'Došlo je do problema',
  'petition.error.name': 'Unesite ime i prezime.',
  'petition.error.email-empty': 'Unesite adresu e-pošte.',
  'petition.error.email': 'Unesite adresu e-pošte u ispravnom obliku, na primjer name@example.com.',
  'petition.error.region': 'Odaberite mjesto stanovanja.',
  'petition.error.consent': 'Da biste potpisali, potrebna je Vaša privola.',
  'petition.check-email': 'Provjerite e-poštu',
  'petition.check-email-body':
    'Poslali smo poveznicu na adresu {email}. Otvorite je kako biste potvrdili potpis: potpis se računa tek nakon potvrde.',
  'petition.check-email-help':
    'Ako u roku od nekoliko minuta ništa ne stigne, provjerite mapu neželjene pošte ili ponovno potpišite s istom adresom kako biste dobili novu poveznicu.',
  'petition.share': 'Podijelite ovu peticiju',
  'petition.copied': 'Poveznica je kopirana.',
};

export default messages;
