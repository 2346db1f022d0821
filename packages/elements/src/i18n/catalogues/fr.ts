// français (fr): draft, review welcome. Made with `npm run i18n -- import`; edit here or in a translation platform.
import type { Message } from '../messages.js';
import type { MessageKey } from './en.js';

const messages: Partial<Readonly<Record<MessageKey, Message>>> = {
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.anonymous': 'Anonyme',
  'common.honeypot': 'Laissez ce champ vide',
  'common.optional': '(facultatif)',
  'common.characters-left': {
    one: 'Il vous reste {count} caractère',
    many: 'Il vous reste {count} de caractères',
    other: 'Il vous reste {count} caractères',
  },
  'common.characters-over': {
    one: 'Vous avez {count} caractère de trop',
    many: 'Vous avez {count} de caractères de trop',
    other: 'Vous avez {count} caractères de trop',
  },
  'error.offline': 'Vous semblez hors ligne. Vérifiez votre connexion.',
  'error.network': 'Le service est injoignable pour le moment. Le problème ne vient pas de vous.',
  'error.timeout': 'Le service met trop de temps à répondre. Il est peut-être surchargé.',
  'error.not-found': 'Ce contenu est introuvable. Il a peut-être été supprimé.',
  'error.invalid-input': 'Certaines informations ne sont pas valides. Vérifiez-les et réessayez.',
  'error.already-done': 'Vous l’avez déjà fait.',
  'error.closed': 'C’est fermé.',
  'error.rate-limited': 'Trop de tentatives. Patientez un instant puis réessayez.',
  'error.unauthorised': 'Ce site n’est pas autorisé à utiliser ce service.',
  'error.server': 'Un problème est survenu de notre côté, pas du vôtre.',
  'error.no-backend': 'Aucun serveur configuré : ce composant a besoin d’un endpoint.',
  'error.retrying': 'Le contenu s’affichera de lui-même dès que la connexion ou le service sera rétabli.',
  'error.kept': 'Ce que vous avez saisi est conservé : réessayez dans un instant.',
  'error.unknown': 'Un problème est survenu. Réessayez.',
  'time.relative-past': 'il y a moins d’une minute',
};

export default messages;
