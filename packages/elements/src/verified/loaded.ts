import type { Translator } from '../i18n/translator.js';
import type * as VerifiedModule from './verified.js';
import type { VerifiedMessageKey } from './messages/en.js';

/** The note and words for verified participants, once a widget needed them (see eligibility.ts). */
export const loaded: { module?: typeof VerifiedModule } = {};

/** A verified-participant message, once loaded; before that (no note was shown) the generic error. */
export function verifiedSay(i18n: Translator<string>, key: VerifiedMessageKey): string {
  return loaded.module ? loaded.module.sayVerified(i18n, key) : i18n.t('error.unknown');
}
