import type { MessageBundle } from '../i18n/registry.js';
import { type CommentsMessageKey, en } from './messages/en.js';

export const commentsMessages: MessageBundle<CommentsMessageKey> = {
  en,
  load: (lang) => import(`./messages/${lang}.js`),
};
