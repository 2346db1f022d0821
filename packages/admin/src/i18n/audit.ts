import type { MessageBundle } from '@civic-widgets/elements';
import { type AuditMessageKey, en } from './audit/en.js';

export type { AuditMessageKey };

/** The audit log's messages: English inline, other languages on first use. */
export const auditMessages: MessageBundle<AuditMessageKey> = {
  en,
  load: (lang) => import(`./audit/${lang}.js`),
};
