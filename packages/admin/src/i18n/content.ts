import type { MessageBundle } from '@civic-widgets/elements';
import { type ContentMessageKey, en } from './content/en.js';

export type { ContentMessageKey };

/** The content pages' messages: English inline, other languages loaded with the first page in them. */
export const contentMessages: MessageBundle<ContentMessageKey> = {
  en,
  load: (lang) => import(`./content/${lang}.js`),
};
