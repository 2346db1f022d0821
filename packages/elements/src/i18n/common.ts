import { en, type MessageKey } from './catalogues/en.js';
import { type MessageBundle, declareLanguages } from './registry.js';

/** The messages every widget shares (loading, retry, errors…). */
export const commonMessages: MessageBundle<MessageKey> = {
  en,
  languages: {
    fr: () => import('./catalogues/fr.js').then((m) => m.fr),
    es: () => import('./catalogues/es.js').then((m) => m.es),
    ar: () => import('./catalogues/ar.js').then((m) => m.ar),
  },
};
declareLanguages(commonMessages);
