// Nederlands (nl): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Petitie laden…',
  'petition.full-text': 'De hele petitie lezen',
  'petition.signatures': { '=0': 'Nog geen handtekeningen', one: '{count} handtekening', other: '{count} handtekeningen' },
  'petition.progress': 'Handtekeningen: {count} van {goal} ({percent})',
  'petition.milestones': 'Tussendoelen',
  'petition.milestone': { one: '{count} handtekening – {label}', other: '{count} handtekeningen – {label}' },
  'petition.reached': '(✓ gehaald)',
  'petition.milestone-reached': 'Tussendoel gehaald: {label}.',
  'petition.closes': 'U kunt tekenen tot en met {date}.',
  'petition.opens': 'U kunt deze petitie tekenen vanaf {date}.',
  'petition.closed': 'Deze petitie is gesloten. Er worden geen handtekeningen meer verzameld.',
  'petition.response': 'Officiële reactie',
  'petition.responded-on': 'Gepubliceerd op {date}.',
  'petition.recent': 'Laatst getekend door',
  'petition.sign': 'Deze petitie tekenen',
  'petition.name': 'Voor- en achternaam',
  'petition.email': 'E-mailadres',
  'petition.email-hint': 'We sturen u een link om uw handtekening te bevestigen.',
  'petition.region': 'Waar u woont',
  'petition.region-choose': 'Kies waar u woont',
  'petition.consent':
    'Ik ga ermee akkoord dat mijn naam, e-mailadres en woonplaats worden verwerkt om mijn handtekening te registreren, zoals beschreven in de {privacy}.',
  'petition.privacy-notice': 'privacyverklaring',
  'petition.show-name': 'Mijn naam openbaar tonen in de lijst van ondertekenaars',
  'petition.submit': 'Petitie tekenen',
  'petition.submitting': 'Tekenen…',
  'petition.error-summary': 'Er is een probleem',
  'petition.error.name': 'Vul uw voor- en achternaam in.',
  'petition.error.email-empty': 'Vul uw e-mailadres in.',
  'petition.error.email': 'Vul een e-mailadres in de juiste vorm in, bijvoorbeeld naam@example.com.',
  'petition.error.region': 'Kies waar u woont.',
  'petition.error.consent': 'U moet akkoord gaan voordat u kunt tekenen.',
  'petition.check-email': 'Kijk in uw e-mail',
  'petition.check-email-body':
    'We hebben een link gestuurd naar {email}. Open de link om uw handtekening te bevestigen: die telt pas mee als hij bevestigd is.',
  'petition.check-email-help':
    'Krijgt u binnen een paar minuten niets? Kijk dan in uw spammap, of teken opnieuw met hetzelfde adres om een nieuwe link te krijgen.',
  'petition.share': 'Deze petitie delen',
  'petition.copied': 'Link gekopieerd.',
};

export default messages;
