// français (fr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { PetitionMessageKey } from './en.js';

const messages: Partial<Readonly<Record<PetitionMessageKey, Message>>> = {
  'petition.loading': 'Chargement de la pétition…',
  'petition.full-text': 'Lire la pétition complète',
  'petition.signatures': {
    '=0': 'Aucune signature',
    one: '{count} signature',
    many: '{count} de signatures',
    other: '{count} signatures',
  },
  'petition.progress': 'Signatures : {count} sur {goal} ({percent})',
  'petition.milestones': 'Étapes',
  'petition.milestone': {
    many: '{count} de signatures — {label}',
    one: '{count} signature — {label}',
    other: '{count} signatures — {label}',
  },
  'petition.reached': '(✓ atteinte)',
  'petition.milestone-reached': 'Étape atteinte : {label}.',
  'petition.closes': 'Ouverte aux signatures jusqu’au {date}.',
  'petition.opens': 'Cette pétition sera ouverte aux signatures le {date}.',
  'petition.closed': 'Cette pétition est close. Elle ne recueille plus de signatures.',
  'petition.response': 'Réponse officielle',
  'petition.responded-on': 'Publiée le {date}.',
  'petition.recent': 'Derniers signataires',
  'petition.sign': 'Signer cette pétition',
  'petition.name': 'Nom complet',
  'petition.email': 'Adresse e-mail',
  'petition.email-hint': 'Nous vous enverrons un lien pour confirmer votre signature.',
  'petition.region': 'Votre lieu de résidence',
  'petition.region-choose': 'Choisissez votre lieu de résidence',
  'petition.consent':
    'J’accepte que mon nom, mon adresse e-mail et mon secteur soient traités pour enregistrer ma signature, comme décrit dans la {privacy}.',
  'petition.privacy-notice': 'politique de confidentialité',
  'petition.show-name': 'Afficher mon nom dans la liste publique des signataires',
  'petition.submit': 'Signer la pétition',
  'petition.submitting': 'Signature en cours…',
  'petition.error-summary': 'Il y a un problème',
  'petition.error.name': 'Saisissez votre nom complet.',
  'petition.error.email-empty': 'Saisissez votre adresse e-mail.',
  'petition.error.email': 'Saisissez une adresse e-mail au bon format, par exemple nom@example.com.',
  'petition.error.region': 'Choisissez votre lieu de résidence.',
  'petition.error.consent': 'Vous devez donner votre accord pour signer.',
  'petition.check-email': 'Consultez vos e-mails',
  'petition.check-email-body':
    'Nous avons envoyé un lien à {email}. Ouvrez-le pour confirmer votre signature : elle ne compte qu’une fois confirmée.',
  'petition.check-email-help':
    'Si rien n’arrive d’ici quelques minutes, vérifiez vos indésirables, ou signez à nouveau avec la même adresse pour recevoir un nouveau lien.',
  'petition.share': 'Partager cette pétition',
  'petition.copied': 'Lien copié.',
};

export default messages;
