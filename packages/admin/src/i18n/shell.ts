import type { MessageBundle } from '@civic-widgets/elements';
import { type ShellMessageKey, en } from './shell/en.js';

export type { ShellMessageKey };

export const shellMessages: MessageBundle<ShellMessageKey> = {
  en,
  load: (lang) => import(`./shell/${lang}.js`),
};

/** Languages the console speaks, each named in itself. */
export const CONSOLE_LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'fr', name: 'Français' },
  { tag: 'es', name: 'Español' },
  { tag: 'ar', name: 'العربية' },
] as const;
