import type { MessageBundle } from '@civic-widgets/elements';
import { type AuditMessageKey, en } from './audit/en.js';

export type { AuditMessageKey };

/** The audit log's messages: English inline, other languages on first use. */
export const auditMessages: MessageBundle<AuditMessageKey> = {
  en,
  languages: {
    fr: () => import('./audit/fr.js').then((m) => m.fr),
    es: () => import('./audit/es.js').then((m) => m.es),
    ar: () => import('./audit/ar.js').then((m) => m.ar),
  },
};
