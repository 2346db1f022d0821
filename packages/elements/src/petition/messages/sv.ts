// svenska (sv): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Laddar namninsamlingen…',
  'petition.full-text': 'Läs hela namninsamlingen',
  'petition.signatures': { '=0': 'Inga underskrifter än', one: '{count} underskrift', other: '{count} underskrifter' },
  'petition.progress': 'Underskrifter: {count} av {goal} ({percent})',
  'petition.milestones': 'Delmål',
  'petition.milestone': { one: '{count} underskrift – {label}', other: '{count} underskrifter – {label}' },
  'petition.reached': '(✓ uppnått)',
  'petition.milestone-reached': 'Delmål uppnått: {label}.',
  'petition.closes': 'Du kan skriva under till och med {date}.',
  'petition.opens': 'Du kan skriva under från och med {date}.',
  'petition.closed': 'Namninsamlingen är avslutad. Det går inte längre att skriva under.',
  'petition.response': 'Officiellt svar',
  'petition.responded-on': 'Publicerat den {date}.',
  'petition.recent': 'Har nyligen skrivit under',
  'petition.sign': 'Skriv under namninsamlingen',
  'petition.name': 'För- och efternamn',
  'petition.email': 'E-postadress',
  'petition.email-hint': 'Vi skickar en länk till dig så att du kan bekräfta din underskrift.',
  'petition.region': 'Var du bor',
  'petition.region-choose': 'Välj var du bor',
  'petition.consent':
    'Jag godkänner att mitt namn, min e-postadress och mitt bostadsområde behandlas för att registrera min underskrift, enligt {privacy}.',
  'petition.privacy-notice': 'integritetspolicyn',
  'petition.show-name': 'Visa mitt namn öppet i listan över dem som har skrivit under',
  'petition.submit': 'Skriv under',
  'petition.submitting': 'Skriver under…',
  'petition.error-summary': 'Det finns ett problem',
  'petition.error.name': 'Skriv ditt för- och efternamn.',
  'petition.error.email-empty': 'Skriv din e-postadress.',
  'petition.error.email': 'Skriv en e-postadress i rätt format, till exempel namn@example.com.',
  'petition.error.region': 'Välj var du bor.',
  'petition.error.consent': 'Du behöver godkänna innan du kan skriva under.',
  'petition.check-email': 'Titta i din e-post',
  'petition.check-email-body':
    'Vi har skickat en länk till {email}. Öppna den för att bekräfta din underskrift: den räknas först när den är bekräftad.',
  'petition.check-email-help':
    'Om inget kommer inom några minuter, titta i skräpposten. Du kan också skriva under igen med samma adress för att få en ny länk.',
  'petition.share': 'Dela namninsamlingen',
  'petition.copied': 'Länken har kopierats.',
};

export default messages;
