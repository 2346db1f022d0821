import { sharedFormatter, type Translator } from './translator.js';

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "in 3 days", "2 hours ago"; under a minute it says "less than a minute ago".
 * Kept apart from the Translator (and the shared runtime): only polls and
 * comments show relative times.
 */
export function relativeTime(i18n: Translator<string>, iso: string | Date, now: Date = new Date()): string {
  const diff = (typeof iso === 'string' ? Date.parse(iso) : iso.getTime()) - now.getTime();
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= ms)
      return sharedFormatter(`r ${i18n.lang}`, () => new Intl.RelativeTimeFormat(i18n.lang, { numeric: 'auto' })).format(
        Math.round(diff / ms),
        unit,
      );
  }
  return i18n.format(i18n.messages['time.relative-past']);
}
