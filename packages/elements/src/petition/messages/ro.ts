// română (ro): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Se încarcă petiția…',
  'petition.full-text': 'Citiți textul integral al petiției',
  'petition.signatures': {
    '=0': 'Nicio semnătură încă',
    one: '{count} semnătură',
    few: '{count} semnături',
    other: '{count} de semnături',
  },
  'petition.progress': 'Semnături: {count} din {goal} ({percent})',
  'petition.milestones': 'Praguri',
  'petition.milestone': {
    few: '{count} semnături — {label}',
    one: '{count} semnătură — {label}',
    other: '{count} de semnături — {label}',
  },
  'petition.reached': '(✓ atins)',
  'petition.milestone-reached': 'Prag atins: {label}.',
  'petition.closes': 'Se poate semna până pe {date}.',
  'petition.opens': 'Această petiție poate fi semnată începând cu {date}.',
  'petition.closed': 'Această petiție este închisă. Nu mai strânge semnături.',
  'petition.response': 'Răspuns oficial',
  'petition.responded-on': 'Publicat pe {date}.',
  'petition.recent': 'Semnatari recenți',
  'petition.sign': 'Semnați această petiție',
  'petition.name': 'Nume și prenume',
  'petition.email': 'Adresă de e-mail',
  'petition.email-hint': 'Vă vom trimite un link pentru a vă confirma semnătura.',
  'petition.region': 'Unde locuiți',
  'petition.region-choose': 'Alegeți unde locuiți',
  'petition.consent':
    'Sunt de acord ca numele, adresa de e-mail și zona mea de domiciliu să fie prelucrate pentru înregistrarea semnăturii mele, așa cum se arată în {privacy}.',
  'petition.privacy-notice': 'nota de informare privind confidențialitatea',
  'petition.show-name': 'Afișează public numele meu în lista semnatarilor',
  'petition.submit': 'Semnează petiția',
  'petition.submitting': 'Se semnează…',
  'petition.error-summary': 'Există o problemă',
  'petition.error.name': 'Introduceți numele complet.',
  'petition.error.email-empty': 'Introduceți adresa de e-mail.',
  'petition.error.email': 'Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com.',
  'petition.error.region': 'Alegeți unde locuiți.',
  'petition.error.consent': 'Trebuie să vă dați acordul pentru a putea semna.',
  'petition.check-email': 'Verificați-vă e-mailul',
  'petition.check-email-body':
    'Am trimis un link la {email}. Deschideți-l pentru a vă confirma semnătura: aceasta se ia în calcul numai după confirmare.',
  'petition.check-email-help':
    'Dacă nu primiți nimic în câteva minute, verificați dosarul de spam sau semnați din nou cu aceeași adresă pentru a primi un link nou.',
  'petition.share': 'Distribuie această petiție',
  'petition.copied': 'Link copiat.',
};

export default messages;
