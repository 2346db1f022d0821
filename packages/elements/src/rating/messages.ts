import type { MessageBundle } from '../i18n/registry.js';
import { type RatingMessageKey, en } from './messages/en.js';

export const ratingMessages: MessageBundle<RatingMessageKey> = {
  en,
  load: (lang) => import(`./messages/${lang}.js`),
};
