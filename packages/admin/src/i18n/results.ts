import type { MessageBundle } from '@civic-widgets/elements';
import { type ResultsMessageKey, en } from './results/en.js';

export type { ResultsMessageKey };

/** The results page's messages: English inline, other languages on first use. */
export const resultsMessages: MessageBundle<ResultsMessageKey> = {
  en,
  load: (lang) => import(`./results/${lang}.js`),
};
