import type { MessageBundle } from '../i18n/registry.js';
import { type ReportMessageKey, en } from './report/en.js';

export type { ReportMessageKey };

/** The report menu's messages: loaded with the menu. */
export const reportMessages: MessageBundle<ReportMessageKey> = {
  en,
  load: (lang) => import(`./report/${lang}.js`),
};
