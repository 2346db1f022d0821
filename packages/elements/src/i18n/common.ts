import { en, type MessageKey } from './catalogues/en.js';
import type { MessageBundle } from './registry.js';

/** The messages every widget shares (loading, retry, errors…). */
export const commonMessages: MessageBundle<MessageKey> = {
  en,
  load: (lang) => import(`./catalogues/${lang}.js`),
};
