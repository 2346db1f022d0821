import type { MessageBundle } from '@civic-widgets/elements';
import { type PetitionsMessageKey, en } from './petitions/en.js';

export type { PetitionsMessageKey };

/** The petitions page's messages: English inline, other languages on first use. */
export const petitionsMessages: MessageBundle<PetitionsMessageKey> = {
  en,
  languages: {
    fr: () => import('./petitions/fr.js').then((m) => m.fr),
    es: () => import('./petitions/es.js').then((m) => m.es),
    ar: () => import('./petitions/ar.js').then((m) => m.ar),
  },
};
