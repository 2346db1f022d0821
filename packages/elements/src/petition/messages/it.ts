// italiano (it): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Caricamento della petizione…',
  'petition.full-text': 'Leggi il testo completo della petizione',
  'petition.signatures': { '=0': 'Ancora nessuna firma', one: '{count} firma', many: '{count} firme', other: '{count} firme' },
  'petition.progress': 'Firme: {count} su {goal} ({percent})',
  'petition.milestones': 'Traguardi',
  'petition.milestone': { many: '{count} di firme — {label}', one: '{count} firma — {label}', other: '{count} firme — {label}' },
  'petition.reached': '(✓ raggiunto)',
  'petition.milestone-reached': 'Traguardo raggiunto: {label}.',
  'petition.closes': 'Si può firmare fino al giorno {date}.',
  'petition.opens': 'Questa petizione sarà aperta alle firme dal giorno {date}.',
  'petition.closed': 'Questa petizione è chiusa. Non raccoglie più firme.',
  'petition.response': 'Risposta ufficiale',
  'petition.responded-on': 'Pubblicata il giorno {date}.',
  'petition.recent': 'Firmatari recenti',
  'petition.sign': 'Firmi questa petizione',
  'petition.name': 'Nome e cognome',
  'petition.email': 'Indirizzo email',
  'petition.email-hint': 'Le invieremo un link per confermare la Sua firma.',
  'petition.region': 'Luogo di residenza',
  'petition.region-choose': 'Scelga il luogo di residenza',
  'petition.consent':
    'Acconsento al trattamento del mio nome, del mio indirizzo email e della mia zona di residenza per registrare la mia firma, come descritto nell’{privacy}.',
  'petition.privacy-notice': 'informativa sulla privacy',
  'petition.show-name': 'Mostra pubblicamente il mio nome nell’elenco dei firmatari',
  'petition.submit': 'Firma la petizione',
  'petition.submitting': 'Firma in corso…',
  'petition.error-summary': 'C’è un problema',
  'petition.error.name': 'Inserisca nome e cognome.',
  'petition.error.email-empty': 'Inserisca il Suo indirizzo email.',
  'petition.error.email': 'Inserisca un indirizzo email nel formato corretto, ad esempio nome@example.com.',
  'petition.error.region': 'Scelga il luogo di residenza.',
  'petition.error.consent': 'Per firmare deve dare il Suo consenso.',
  'petition.check-email': 'Controlli la Sua email',
  'petition.check-email-body':
    'Abbiamo inviato un link a {email}. Lo apra per confermare la Sua firma: la firma vale solo dopo la conferma.',
  'petition.check-email-help':
    'Se entro qualche minuto non riceve nulla, controlli la cartella dello spam oppure firmi di nuovo con lo stesso indirizzo per ricevere un nuovo link.',
  'petition.share': 'Condividi questa petizione',
  'petition.copied': 'Link copiato.',
};

export default messages;
