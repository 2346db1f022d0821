import type { MessageBundle } from '@civic-widgets/elements';
import { type StaffMessageKey, en } from './staff/en.js';

export type { StaffMessageKey };

/** The Staff pages' messages: English inline, other languages on first use. */
export const staffMessages: MessageBundle<StaffMessageKey> = {
  en,
  languages: {
    fr: () => import('./staff/fr.js').then((m) => m.fr),
    es: () => import('./staff/es.js').then((m) => m.es),
    ar: () => import('./staff/ar.js').then((m) => m.ar),
  },
};
