import type { MessageBundle } from '../i18n/registry.js';
import { type RatingMessageKey, en } from './messages/en.js';

export const ratingMessages: MessageBundle<RatingMessageKey> = {
  en,
  languages: {
    fr: () => import('./messages/fr.js').then((m) => m.fr),
    es: () => import('./messages/es.js').then((m) => m.es),
    ar: () => import('./messages/ar.js').then((m) => m.ar),
  },
};
