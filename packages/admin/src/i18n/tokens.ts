import type { MessageBundle } from '@civic-widgets/elements';
import { type TokensMessageKey, en } from './tokens/en.js';

export type { TokensMessageKey };

/** The API tokens page's messages: English inline, other languages on first use. */
export const tokensMessages: MessageBundle<TokensMessageKey> = {
  en,
  languages: {
    fr: () => import('./tokens/fr.js').then((m) => m.fr),
    es: () => import('./tokens/es.js').then((m) => m.es),
    ar: () => import('./tokens/ar.js').then((m) => m.ar),
  },
};
