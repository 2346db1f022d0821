import type { Message } from '@civic-widgets/elements';
import type { TokensMessageKey } from './en.js';

/** La page des jetons d’API, en français. */
const messages: Partial<Record<TokensMessageKey, Message>> = {
  'tokens.title': 'Jetons d’API',
  'tokens.intro':
    'Un jeton d’API permet à un script ou à un autre système d’utiliser l’API d’administration à votre place, pour automatiser des tâches comme un export nocturne des résultats. Il peut faire ce que votre rôle permet ({role}).',
  'tokens.howTo': 'Le script envoie le jeton dans l’en-tête Authorization de chaque requête :',
  'tokens.loading': 'Chargement de vos jetons…',
  'tokens.loadError': 'Vos jetons n’ont pas pu être chargés : {detail}',
  'tokens.retry': 'Réessayer',
  'tokens.none': 'Vous n’avez aucun jeton d’API.',
  'tokens.caption': { many: 'Vos {count} de jetons', one: 'Votre jeton ({count})', other: 'Vos {count} jetons' },
  'col.name': 'Nom',
  'col.created': 'Créé le',
  'col.lastUsed': 'Dernière utilisation',
  'col.status': 'Statut',
  'col.actions': 'Actions',
  'tokens.never': 'Jamais',
  'tokens.active': 'Actif',
  'tokens.revoked': 'Révoqué',
  'tokens.revoke': 'Révoquer',
  'create.title': 'Créer un jeton',
  'create.name': 'Nom',
  'create.nameHint': 'À quoi il sert, pour le reconnaître plus tard. Par exemple : Export nocturne des résultats.',
  'create.submit': 'Créer le jeton',
  'create.working': 'Création du jeton…',
  'create.errorTitle': 'Le jeton n’a pas été créé',
  'create.nameRequired': 'Saisissez un nom pour le jeton',
  'created.title': 'Votre nouveau jeton',
  'created.status': 'Le jeton « {name} » est créé.',
  'created.warning':
    'Copiez-le maintenant et conservez-le en lieu sûr, par exemple dans un gestionnaire de mots de passe ou dans les paramètres secrets de votre automatisation. Il ne sera plus affiché. Toute personne qui le détient peut agir en votre nom.',
  'created.label': 'Jeton d’API « {name} »',
  'created.done': 'Je l’ai enregistré',
  copy: 'Copier le jeton',
  copied: 'Jeton copié.',
  copyFailed: 'Le jeton est sélectionné : copiez-le avec le clavier ou le menu.',
  'revoke.title': 'Révoquer le jeton « {name} » ?',
  'revoke.body':
    'Les scripts et systèmes qui l’utilisent cessent immédiatement de fonctionner. Cette action est définitive, mais vous pouvez créer un nouveau jeton.',
  'revoke.confirm': 'Oui, révoquer',
  'revoke.done': 'Le jeton « {name} » est révoqué.',
  'revoke.errorTitle': 'Le jeton n’a pas été révoqué',
  cancel: 'Annuler',
  'role.admin': 'administrateur',
  'role.editor': 'éditeur',
  'role.moderator': 'modérateur',
  'role.analyst': 'analyste',
};

export default messages;
