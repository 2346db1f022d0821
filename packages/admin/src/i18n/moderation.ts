import type { MessageBundle } from '@civic-widgets/elements';
import { type ModerationMessageKey, en } from './moderation/en.js';

export type { ModerationMessageKey };

/** The moderation page's messages: English inline, other languages on first use. */
export const moderationMessages: MessageBundle<ModerationMessageKey> = {
  en,
  load: (lang) => import(`./moderation/${lang}.js`),
};
