import type { MessageBundle } from '@civic-widgets/elements';
import { type ContentMessageKey, en } from './content/en.js';

export type { ContentMessageKey };

/** The content pages' messages: English inline, other languages loaded with the first page in them. */
export const contentMessages: MessageBundle<ContentMessageKey> = {
  en,
  languages: {
    fr: () => import('./content/fr.js').then((m) => m.fr),
    es: () => import('./content/es.js').then((m) => m.es),
    ar: () => import('./content/ar.js').then((m) => m.ar),
  },
};
