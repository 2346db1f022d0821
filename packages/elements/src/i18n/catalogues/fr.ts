import type { Catalogue } from './en.js';

export const fr: Catalogue = {
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.anonymous': 'Anonyme',
  'common.honeypot': 'Laissez ce champ vide',
  'common.optional': '(facultatif)',
  'common.characters-left': { one: 'Il vous reste {count} caractère', other: 'Il vous reste {count} caractères' },
  'common.characters-over': { one: 'Vous avez {count} caractère de trop', other: 'Vous avez {count} caractères de trop' },
  'error.network': 'Connexion impossible. Vérifiez votre connexion internet et réessayez.',
  'error.timeout': 'Cela prend trop de temps. Réessayez dans un instant.',
  'error.not-found': 'Ce contenu est introuvable. Il a peut-être été supprimé.',
  'error.invalid-input': 'Certaines informations ne sont pas valides. Vérifiez-les et réessayez.',
  'error.already-done': 'Vous l’avez déjà fait.',
  'error.closed': 'C’est fermé.',
  'error.rate-limited': 'Trop de tentatives. Patientez un instant puis réessayez.',
  'error.unauthorised': 'Ce site n’est pas autorisé à utiliser ce service.',
  'error.server': 'Un problème est survenu de notre côté. Réessayez plus tard.',
  'error.bad-response': 'Nous avons reçu une réponse inattendue. Réessayez plus tard.',
  'error.no-backend': 'Aucun serveur configuré : ce composant a besoin d’un endpoint.',
  'error.unknown': 'Un problème est survenu. Réessayez.',
  'time.relative-past': 'il y a moins d’une minute',
};
