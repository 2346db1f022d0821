import type { Eligibility } from '@civic-widgets/core';
import { nothing } from 'lit';
import type { Translator } from '../i18n/translator.js';
import { loaded } from './loaded.js';

/**
 * Above a form only verified participants may use: who may take part, and a
 * link to the agency's sign-in. The note and its words load the first time a
 * widget needs them; then `update` renders the widget again.
 */
export function renderEligibility(i18n: Translator<string>, rule: Eligibility | undefined, update: () => void): unknown {
  if (rule?.kind !== 'verified') return nothing;
  const { module } = loaded;
  if (module?.hasVerifiedWords(i18n)) return module.renderVerifiedNote(i18n, rule);
  void import('./verified.js').then((m) => (loaded.module = m).loadVerifiedWords(i18n)).then(update);
  return nothing;
}
