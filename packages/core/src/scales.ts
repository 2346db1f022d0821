/*
 * Rating scales and page URLs, free of zod so widgets can use them without
 * loading the schemas.
 */

/** The scores a scale accepts, ascending. */
export function scaleScores(scale: 'stars5' | 'yesno' | 'csat5'): number[] {
  return scale === 'yesno' ? [0, 1] : [1, 2, 3, 4, 5];
}

/** Drops query string and fragment, keeping only http(s) URLs. */
export function stripPageUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.origin}${u.pathname}`;
  } catch {
    return null;
  }
}
