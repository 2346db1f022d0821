import type { MessageBundle } from '@civic-widgets/elements';
import { type SitesMessageKey, en } from './sites/en.js';

export type { SitesMessageKey };

export const sitesMessages: MessageBundle<SitesMessageKey> = {
  en,
  languages: {
    fr: () => import('./sites/fr.js').then((m) => m.fr),
    es: () => import('./sites/es.js').then((m) => m.es),
    ar: () => import('./sites/ar.js').then((m) => m.ar),
  },
};
