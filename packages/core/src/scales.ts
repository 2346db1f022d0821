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

/** What an answer says: reasons offered after it follow it (GOV.UK: "Is this page useful? No → what went wrong"). */
export type Sentiment = 'positive' | 'negative' | 'neutral';

/** Yes and 4–5 are positive, no and 1–2 negative, 3 neutral. */
export function scoreSentiment(scale: 'stars5' | 'yesno' | 'csat5', score: number): Sentiment {
  const high = scale === 'yesno' ? 1 : 4;
  const low = scale === 'yesno' ? 0 : 2;
  return score >= high ? 'positive' : score <= low ? 'negative' : 'neutral';
}

/** Whether a reason fits an answer: reasons for `any` answer always do; others only their own kind of answer. */
export function reasonFits(reason: { when?: string | undefined }, sentiment: Sentiment): boolean {
  return !reason.when || reason.when === 'any' || reason.when === sentiment;
}
