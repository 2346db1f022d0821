import type { MessageBundle } from '@civic-widgets/elements';
import { type TokensMessageKey, en } from './tokens/en.js';

export type { TokensMessageKey };

/** The API tokens page's messages: English inline, other languages on first use. */
export const tokensMessages: MessageBundle<TokensMessageKey> = {
  en,
  load: (lang) => import(`./tokens/${lang}.js`),
};
