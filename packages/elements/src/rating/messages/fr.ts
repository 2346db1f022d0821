// français (fr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { RatingMessageKey } from './en.js';

const messages: Partial<Readonly<Record<RatingMessageKey, Message>>> = {
  'rating.loading': 'Chargement…',
  'rating.stars': { one: '{count} étoile', many: '{count} de étoiles', other: '{count} étoiles' },
  'rating.yes': 'Oui',
  'rating.no': 'Non',
  'rating.csat.1': 'Très insatisfait',
  'rating.csat.2': 'Insatisfait',
  'rating.csat.3': 'Ni satisfait ni insatisfait',
  'rating.csat.4': 'Satisfait',
  'rating.csat.5': 'Très satisfait',
  'rating.send': 'Envoyer la note',
  'rating.sending': 'Envoi…',
  'rating.choose': 'Choisissez d’abord une note.',
  'rating.thanks': 'Merci pour votre avis.',
  'rating.follow-up': 'Dites-nous en plus (facultatif)',
  'rating.reasons': 'De quoi s’agissait-il ?',
  'rating.comment': 'Commentaire',
  'rating.comment-hint': 'N’indiquez pas d’informations personnelles, comme votre nom ou votre adresse.',
  'rating.send-more': 'Envoyer',
  'rating.skip': 'Passer',
  'rating.done': 'Merci. Votre avis nous aide à améliorer ce service.',
  'rating.yours': 'Votre note : {score}.',
  'rating.change': 'Modifier votre réponse',
  'rating.closed': 'Ce service ne reçoit pas de notes pour le moment.',
  'rating.average': '{average} sur 5',
  'rating.yes-share': '{percent} des personnes ont trouvé cela utile',
  'rating.count': { '=0': 'Aucune note', one: '({count} note)', many: '({count} de notes)', other: '({count} notes)' },
  'rating.details-show': 'Afficher toutes les notes',
  'rating.details-hide': 'Masquer toutes les notes',
  'rating.distribution': '{label} : {count} ({percent})',
};

export default messages;
