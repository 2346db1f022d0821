/*
 * Plain helpers shared by both sides of the wire, free of zod so the browser
 * runtime can use them without loading the schemas.
 */

/** Resource ids are slugs chosen by admins. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Normalises free text before storage: NFC, CRLF to LF, trimmed, and without
 * the characters that change how the text around them reads — bidi
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069) — or that
 * cannot be seen: U+200B (zero width space), U+2060–2065 (word joiner,
 * invisible operators) and U+FEFF (BOM). U+200C and U+200D (zero width
 * non-joiner and joiner) stay, as Persian and Indic spelling and emoji
 * sequences need them; names lose them too (`normaliseName` in
 * `text-rules.ts`). See docs/security.md, "Text from participants".
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u200b\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/**
 * Counts characters the way the server does: Unicode code points of the text
 * as {@link normaliseText} stores it. Widgets use the same function for live
 * counters so "3 characters left" is never contradicted by the server.
 */
export function countCharacters(text: string): number {
  // The same count as [...normaliseText(text)].length, in fewer bytes for the widgets'
  // runtime, whose budget is tight: a CR before an LF goes (a lone CR would become one
  // LF: one character either way), and normalize() is NFC. text.test.ts checks they agree.
  return [
    ...text
      .replace(/\r(?=\n)|[\u200b\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
      .normalize()
      .trim(),
  ].length;
}
