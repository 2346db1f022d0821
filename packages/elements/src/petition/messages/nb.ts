// norsk bokmål (nb): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Laster inn oppropet…',
  'petition.full-text': 'Les hele oppropet',
  'petition.signatures': { '=0': 'Ingen underskrifter ennå', one: '{count} underskrift', other: '{count} underskrifter' },
  'petition.progress': 'Underskrifter: {count} av {goal} ({percent})',
  'petition.milestones': 'Delmål',
  'petition.milestone': { one: '{count} underskrift – {label}', other: '{count} underskrifter – {label}' },
  'petition.reached': '(✓ nådd)',
  'petition.milestone-reached': 'Delmål nådd: {label}.',
  'petition.closes': 'Du kan skrive under til og med {date}.',
  'petition.opens': 'Du kan skrive under på dette oppropet fra {date}.',
  'petition.closed': 'Oppropet er avsluttet. Det samles ikke inn flere underskrifter.',
  'petition.response': 'Offisielt svar',
  'petition.responded-on': 'Publisert {date}.',
  'petition.recent': 'Har skrevet under nylig',
  'petition.sign': 'Skriv under på oppropet',
  'petition.name': 'Fullt navn',
  'petition.email': 'E-postadresse',
  'petition.email-hint': 'Vi sender deg en lenke slik at du kan bekrefte underskriften din.',
  'petition.region': 'Hvor du bor',
  'petition.region-choose': 'Velg hvor du bor',
  'petition.consent':
    'Jeg godtar at navnet mitt, e-postadressen min og området mitt blir behandlet for å registrere underskriften min, slik det er beskrevet i {privacy}.',
  'petition.privacy-notice': 'personvernerklæringen',
  'petition.show-name': 'Vis navnet mitt offentlig på listen over dem som har skrevet under',
  'petition.submit': 'Skriv under',
  'petition.submitting': 'Skriver under…',
  'petition.error-summary': 'Det er et problem',
  'petition.error.name': 'Skriv inn det fulle navnet ditt.',
  'petition.error.email-empty': 'Skriv inn e-postadressen din.',
  'petition.error.email': 'Skriv inn en e-postadresse i riktig format, for eksempel navn@example.com.',
  'petition.error.region': 'Velg hvor du bor.',
  'petition.error.consent': 'Du må samtykke før du kan skrive under.',
  'petition.check-email': 'Sjekk e-posten din',
  'petition.check-email-body':
    'Vi har sendt en lenke til {email}. Åpne den for å bekrefte underskriften din: den teller først når den er bekreftet.',
  'petition.check-email-help':
    'Hvis ingenting kommer i løpet av noen minutter, sjekk søppelpostmappen. Du kan også skrive under på nytt med samme adresse for å få en ny lenke.',
  'petition.share': 'Del oppropet',
  'petition.copied': 'Lenken er kopiert.',
};

export default messages;
