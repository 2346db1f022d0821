// français (fr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../../i18n/messages.js';
import type { CommentsMessageKey } from './en.js';

const messages: Partial<Readonly<Record<CommentsMessageKey, Message>>> = {
  'comments.loading': 'Chargement des commentaires…',
  'comments.count': {
    '=0': 'Aucun commentaire',
    one: '{count} commentaire',
    many: '{count} de commentaires',
    other: '{count} commentaires',
  },
  'comments.sort': 'Trier par',
  'comments.sort.newest': 'Les plus récents',
  'comments.sort.oldest': 'Les plus anciens',
  'comments.sort.top': 'Les plus soutenus',
  'comments.empty': 'Aucun commentaire pour l’instant. Soyez le premier à commenter.',
  'comments.more': 'Afficher plus de commentaires',
  'comments.new': {
    one: '{count} nouveau commentaire — afficher',
    many: '{count} de nouveaux commentaires — afficher',
    other: '{count} nouveaux commentaires — afficher',
  },
  'comments.closed': 'Cette discussion est close. Vous pouvez lire les commentaires, mais pas en ajouter.',
  'comments.form.title': 'Ajouter un commentaire',
  'comments.form.reply-title': 'Répondre à {name}',
  'comments.form.name': 'Votre nom',
  'comments.form.name-hint': 'Laissez vide pour commenter en tant qu’« Anonyme ». Affiché publiquement.',
  'comments.form.body': 'Commentaire',
  'comments.form.reply-body': 'Réponse',
  'comments.form.submit': 'Publier le commentaire',
  'comments.form.submit-reply': 'Publier la réponse',
  'comments.form.submitting': 'Publication…',
  'comments.form.cancel': 'Annuler',
  'comments.form.required': 'Saisissez un commentaire.',
  'comments.form.too-long': 'Les commentaires doivent compter {max} caractères au maximum.',
  'comments.posted': 'Votre commentaire a été publié.',
  'comments.posted-pending': 'Merci. Votre commentaire apparaîtra après validation par un modérateur.',
  'comments.pending': 'En attente de modération',
  'comments.upvote': 'Soutenir',
  'comments.upvote-label': {
    '=0': 'Soutenir ce commentaire (aucun soutien)',
    one: 'Soutenir ce commentaire ({count} soutien)',
    many: 'Soutenir ce commentaire ({count} de soutiens)',
    other: 'Soutenir ce commentaire ({count} soutiens)',
  },
  'comments.reply': 'Répondre',
  'comments.replies-show': {
    one: 'Afficher {count} réponse',
    many: 'Afficher {count} de réponses',
    other: 'Afficher {count} réponses',
  },
  'comments.replies-hide': {
    one: 'Masquer {count} réponse',
    many: 'Masquer {count} de réponses',
    other: 'Masquer {count} réponses',
  },
  'comments.report': 'Signaler',
  'comments.delete': 'Supprimer',
};

export default messages;
