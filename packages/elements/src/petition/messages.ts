import type { MessageBundle } from '../i18n/registry.js';
import { type PetitionMessageKey, en } from './messages/en.js';

export const petitionMessages: MessageBundle<PetitionMessageKey> = {
  en,
  load: (lang) => import(`./messages/${lang}.js`),
};
