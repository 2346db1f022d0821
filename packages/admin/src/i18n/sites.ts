import type { MessageBundle } from '@civic-widgets/elements';
import { type SitesMessageKey, en } from './sites/en.js';

export type { SitesMessageKey };

export const sitesMessages: MessageBundle<SitesMessageKey> = {
  en,
  load: (lang) => import(`./sites/${lang}.js`),
};
