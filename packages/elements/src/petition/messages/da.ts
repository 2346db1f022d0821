// dansk (da): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Indlæser underskriftindsamlingen…',
  'petition.full-text': 'Læs hele teksten',
  'petition.signatures': { '=0': 'Ingen underskrifter endnu', one: '{count} underskrift', other: '{count} underskrifter' },
  'petition.progress': 'Underskrifter: {count} af {goal} ({percent})',
  'petition.milestones': 'Delmål',
  'petition.milestone': { one: '{count} underskrift – {label}', other: '{count} underskrifter – {label}' },
  'petition.reached': '(✓ nået)',
  'petition.milestone-reached': 'Delmål nået: {label}.',
  'petition.closes': 'Du kan skrive under til og med den {date}.',
  'petition.opens': 'Du kan skrive under fra den {date}.',
  'petition.closed': 'Underskriftindsamlingen er lukket. Der indsamles ikke flere underskrifter.',
  'petition.response': 'Officielt svar',
  'petition.responded-on': 'Offentliggjort den {date}.',
  'petition.recent': 'Har skrevet under for nylig',
  'petition.sign': 'Skriv under på denne indsamling',
  'petition.name': 'Fulde navn',
  'petition.email': 'E-mailadresse',
  'petition.email-hint': 'Vi sender dig et link, så du kan bekræfte din underskrift.',
  'petition.region': 'Hvor du bor',
  'petition.region-choose': 'Vælg, hvor du bor',
  'petition.consent':
    'Jeg accepterer, at mit navn, min e-mailadresse og mit område bliver behandlet for at registrere min underskrift, som beskrevet i {privacy}.',
  'petition.privacy-notice': 'privatlivspolitikken',
  'petition.show-name': 'Vis mit navn offentligt på listen over dem, der har skrevet under',
  'petition.submit': 'Skriv under',
  'petition.submitting': 'Skriver under…',
  'petition.error-summary': 'Der er et problem',
  'petition.error.name': 'Skriv dit fulde navn.',
  'petition.error.email-empty': 'Skriv din e-mailadresse.',
  'petition.error.email': 'Skriv en e-mailadresse i det rigtige format, for eksempel navn@example.com.',
  'petition.error.region': 'Vælg, hvor du bor.',
  'petition.error.consent': 'Du skal give dit samtykke, før du kan skrive under.',
  'petition.check-email': 'Tjek din e-mail',
  'petition.check-email-body':
    'Vi har sendt et link til {email}. Åbn det for at bekræfte din underskrift: den tæller først, når den er bekræftet.',
  'petition.check-email-help':
    'Hvis du ikke har fået noget inden for et par minutter, så tjek din spam-mappe. Du kan også skrive under igen med samme adresse og få et nyt link.',
  'petition.share': 'Del underskriftindsamlingen',
  'petition.copied': 'Linket er kopieret.',
};

export default messages;
