import type { MessageBundle } from '@civic-widgets/elements';
import { type ShellMessageKey, en } from './shell/en.js';

export type { ShellMessageKey };

export const shellMessages: MessageBundle<ShellMessageKey> = {
  en,
  languages: {
    fr: () => import('./shell/fr.js').then((m) => m.fr),
    es: () => import('./shell/es.js').then((m) => m.es),
    ar: () => import('./shell/ar.js').then((m) => m.ar),
  },
};

/** Languages the console speaks, each named in itself. */
export const CONSOLE_LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'fr', name: 'Français' },
  { tag: 'es', name: 'Español' },
  { tag: 'ar', name: 'العربية' },
] as const;
