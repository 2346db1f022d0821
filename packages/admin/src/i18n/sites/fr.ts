import type { Message } from '@civic-widgets/elements';
import type { SitesMessageKey } from './en.js';

/** La page Sites, en français. */
const messages: Partial<Record<SitesMessageKey, Message>> = {
  'sites.title': 'Sites',
  'sites.intro':
    'Tout site web peut afficher les widgets, mais le public ne peut voter, commenter, signer et évaluer que sur les pages des sites autorisés ici.',
  'sites.loading': 'Chargement…',
  'sites.loadError': 'Les sites n’ont pas pu être chargés : {detail}',
  'sites.retry': 'Réessayer',
  'sites.readOnly': 'Seuls les administrateurs peuvent modifier cette liste. Demandez à l’un d’eux d’autoriser votre site.',
  'refused.title': 'Sites refusés récemment',
  'refused.intro':
    'Des pages de ces sites ont essayé d’envoyer un vote, un commentaire, une signature ou une note, et ont été refusées. Si un site est le vôtre, autorisez-le.',
  'refused.none': 'Aucun site n’a été refusé récemment.',
  'refused.caption': 'Sites refusés, du plus récent au plus ancien',
  'refused.allow': 'Autoriser',
  'refused.note': 'Autorisé depuis la liste des sites refusés',
  'col.site': 'Site',
  'col.refusals': 'Tentatives refusées',
  'col.lastRefused': 'Dernier refus',
  'col.firstRefused': 'Premier refus',
  'col.note': 'Note',
  'col.addedBy': 'Ajouté par',
  'col.added': 'Ajouté le',
  'col.action': 'Action',
  'allowed.title': 'Sites autorisés',
  'allowed.caption': 'Sites autorisés',
  'allowed.none': 'Aucun site n’est encore autorisé : le public ne peut participer que sur les pages de ce serveur.',
  'allowed.fromEnvironment': 'Réglage du serveur',
  'allowed.fromEnvironmentNote': 'Défini dans CIVIC_ALLOWED_ORIGINS : modifiez-le dans les réglages du serveur.',
  'allowed.remove': 'Retirer',
  'confirm.remove': 'Ne plus autoriser {origin} ?',
  'confirm.removeBody':
    'Le public ne pourra plus voter, commenter, signer ni évaluer sur ses pages. Les widgets déjà présents restent visibles.',
  'confirm.yesRemove': 'Oui, retirer',
  'confirm.cancel': 'Annuler',
  'add.title': 'Autoriser un site',
  'add.origin': 'Adresse web du site',
  'add.originHint':
    'Par exemple https://www.ville.fr. Toutes les pages de ce site sont autorisées ; ce qui suit le nom du site est ignoré.',
  'add.note': 'Note (facultative)',
  'add.noteHint': 'Ce qu’est le site et qui s’en occupe, pour que chacun sache pourquoi il est autorisé. 200 caractères au plus.',
  'add.submit': 'Autoriser le site',
  'add.saving': 'Enregistrement…',
  'add.errorTitle': 'Il y a un problème',
  'error.origin': 'Saisissez l’adresse web du site, par exemple https://www.ville.fr',
  'error.note': 'La note doit faire 200 caractères au plus',
  'notice.added': '{origin} est autorisé : le public peut désormais participer sur ses pages.',
  'notice.removed': '{origin} n’est plus autorisé.',
};

export default messages;
