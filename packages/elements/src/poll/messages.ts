import type { MessageBundle } from '../i18n/registry.js';
import { type PollMessageKey, en } from './messages/en.js';

export const pollMessages: MessageBundle<PollMessageKey> = {
  en,
  load: (lang) => import(`./messages/${lang}.js`),
};
