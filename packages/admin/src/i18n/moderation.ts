import type { MessageBundle } from '@civic-widgets/elements';
import { type ModerationMessageKey, en } from './moderation/en.js';

export type { ModerationMessageKey };

/** The moderation page's messages: English inline, other languages on first use. */
export const moderationMessages: MessageBundle<ModerationMessageKey> = {
  en,
  languages: {
    fr: () => import('./moderation/fr.js').then((m) => m.fr),
    es: () => import('./moderation/es.js').then((m) => m.es),
    ar: () => import('./moderation/ar.js').then((m) => m.ar),
  },
};
