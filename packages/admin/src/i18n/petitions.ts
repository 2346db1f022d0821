import type { MessageBundle } from '@civic-widgets/elements';
import { type PetitionsMessageKey, en } from './petitions/en.js';

export type { PetitionsMessageKey };

/** The petitions page's messages: English inline, other languages on first use. */
export const petitionsMessages: MessageBundle<PetitionsMessageKey> = {
  en,
  load: (lang) => import(`./petitions/${lang}.js`),
};
