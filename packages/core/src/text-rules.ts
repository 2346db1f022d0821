/*
 * The rest of the shared text rules (see text.ts), for the schemas and the
 * backends. A module of its own so the widgets' runtime, which needs only
 * `countCharacters`, does not carry them.
 */
import { normaliseText } from './text.js';

/**
 * Characters no free text may contain: C0 controls other than tab, line feed
 * and carriage return (CRLF becomes LF on storage), DEL, C1 controls, and —
 * with the `u` flag a surrogate matches only when unpaired — lone surrogates,
 * which are not Unicode text and cannot be stored as UTF-8.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF]/u;

/** Whether `text` is well-formed Unicode without control characters (tab and line breaks aside). */
export function isPlainText(text: string): boolean {
  return !FORBIDDEN.test(text);
}

/**
 * Normalises a name (a comment's author, a petition's signer) before storage:
 * as {@link normaliseText}, and also without U+200C and U+200D (zero width
 * non-joiner and joiner), with which two names that look the same would differ.
 */
export function normaliseName(text: string): string {
  return normaliseText(text.replace(/[\u200C\u200D]/g, ''));
}
