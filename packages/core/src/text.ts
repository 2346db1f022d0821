/*
 * Plain helpers shared by both sides of the wire, free of zod so the browser
 * runtime can use them without loading the schemas.
 */

/** Resource ids are slugs chosen by admins. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Counts characters the way the server does: Unicode code points of the
 * NFC-normalised, trimmed text. Widgets use the same function for live counters
 * so "3 characters left" is never contradicted by the server.
 */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of text.normalize('NFC').trim()) n++;
  return n;
}

/** Normalises free text before storage: NFC, trimmed, CRLF to LF. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}
