import type { MessageBundle } from '@civic-widgets/elements';
import { type ResultsMessageKey, en } from './results/en.js';

export type { ResultsMessageKey };

/** The results page's messages: English inline, other languages on first use. */
export const resultsMessages: MessageBundle<ResultsMessageKey> = {
  en,
  languages: {
    fr: () => import('./results/fr.js').then((m) => m.fr),
    es: () => import('./results/es.js').then((m) => m.es),
    ar: () => import('./results/ar.js').then((m) => m.ar),
  },
};
