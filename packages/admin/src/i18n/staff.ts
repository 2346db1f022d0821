import type { MessageBundle } from '@civic-widgets/elements';
import { type StaffMessageKey, en } from './staff/en.js';

export type { StaffMessageKey };

/** The Staff pages' messages: English inline, other languages on first use. */
export const staffMessages: MessageBundle<StaffMessageKey> = {
  en,
  load: (lang) => import(`./staff/${lang}.js`),
};
