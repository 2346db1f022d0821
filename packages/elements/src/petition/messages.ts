import type { MessageBundle } from '../i18n/registry.js';
import { type PetitionMessageKey, en } from './messages/en.js';

export const petitionMessages: MessageBundle<PetitionMessageKey> = {
  en,
  languages: {
    fr: () => import('./messages/fr.js').then((m) => m.fr),
    es: () => import('./messages/es.js').then((m) => m.es),
    ar: () => import('./messages/ar.js').then((m) => m.ar),
  },
};
