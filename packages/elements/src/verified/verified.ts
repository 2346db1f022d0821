import type { Eligibility } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageBundle } from '../i18n/registry.js';
import { loadMessages, loadedMessages, shippedLanguage } from '../i18n/registry.js';
import type { Translator } from '../i18n/translator.js';
import { type VerifiedMessageKey, en } from './messages/en.js';

/*
 * Loaded only for a poll, petition or rating that only verified participants
 * may use (most never are): the note above its form, with the agency's
 * sign-in link, and the words for the server's refusals.
 */

const verifiedMessages: MessageBundle<VerifiedMessageKey> = {
  en,
  load: (lang) => import(`./messages/${lang}.js`),
};

/** Whether the words for the widget's language are here (English always is). */
export function hasVerifiedWords(i18n: Translator<string>): boolean {
  return loadedMessages(verifiedMessages, shippedLanguage(i18n.lang)) !== undefined;
}

/** Loads the words for the widget's language (once). */
export function loadVerifiedWords(i18n: Translator<string>): Promise<unknown> {
  return loadMessages(verifiedMessages, shippedLanguage(i18n.lang));
}

/** A message in the widget's language; what the site registered for the key comes first. */
export function sayVerified(i18n: Translator<string>, key: VerifiedMessageKey): string {
  const shipped = loadedMessages(verifiedMessages, shippedLanguage(i18n.lang));
  return i18n.format(i18n.messages[key] ?? shipped?.[key] ?? en[key]);
}

/** Who may take part, and a link to the agency's sign-in when it has one. */
export function renderVerifiedNote(i18n: Translator<string>, rule: Eligibility): TemplateResult {
  return html`<p part="eligibility" class="notice">
    ${sayVerified(i18n, 'eligibility.verified')}
    ${rule.signIn ? html`<a href=${rule.signIn}>${sayVerified(i18n, 'eligibility.sign-in')}</a>` : nothing}
  </p>`;
}
