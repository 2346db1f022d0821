import * as z from 'zod/mini';

// No `new Function`: the schemas must run under a Content-Security-Policy without 'unsafe-eval'.
z.config({ jitless: true });

import { SLUG_PATTERN, countCharacters, normaliseText } from '../text.js';
import { isPlainText } from '../text-rules.js';

export { SLUG_PATTERN, countCharacters, normaliseText } from '../text.js';
export { isPlainText, normaliseName } from '../text-rules.js';

export const Slug = z.string().check(z.regex(SLUG_PATTERN, 'Must be a slug: a-z, 0-9 and "-", up to 64 characters'));

/** ISO 8601 timestamp with offset, as sent on the wire. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A count that can never be negative. */
export const Count = z.int().check(z.minimum(0));

/** A labelled choice: poll options, petition regions, rating reasons. */
/** A language tag as the key of a text given by language. */
const LanguageKey = z
  .string()
  .check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$/, 'Must be a language tag (BCP 47), e.g. "en", "cy" or "pt-BR"'));

/**
 * A language tag (BCP 47) as `Intl` reads it — any tag a page's `lang` can
 * hold, as widgets send it — stored canonical: `PT-br` → `pt-BR`.
 */
export const LanguageTag = z.string().check(
  z.maxLength(35),
  z.refine((tag: string) => isLanguageTag(tag), 'Must be a language tag (BCP 47), e.g. "en", "cy" or "pt-BR"'),
  z.overwrite((tag: string) => canonicalTag(tag)),
);

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * Text an administrator writes, plain or by language: `"Which day?"` or
 * `{ "en": "Which day?", "cy": "Pa ddiwrnod?" }` (1 to 70 languages, the
 * first the one to show when none fits). Each text is checked like plain text.
 */
export const LabelledItem = z.object({
  id: Slug,
  label: localised(lengthOf(1, 200)),
});
export type LabelledItem = z.infer<typeof LabelledItem>;

/** Honeypot field: people never see it, so it must stay empty. */
export const Honeypot = z.optional(z.string().check(z.maxLength(0, 'Leave this field empty')));

const NOT_PLAIN = 'Control characters and invalid Unicode are not allowed';

/**
 * A check refusing control characters (tab and line breaks aside) and lone
 * surrogates, for every free-text field and every string that reaches storage
 * (see `isPlainText`).
 */
export function plainText() {
  return z.refine<string>(isPlainText, NOT_PLAIN);
}

function lengthChecks(count: (s: string) => number, min: number, max: number) {
  return [
    z.refine<string>((s) => count(s) >= min, min === 1 ? 'Required' : `At least ${min} characters`),
    z.refine<string>((s) => count(s) <= max, `At most ${max} characters`),
  ];
}

/**
 * Free text from participants or administrators: plain text (see {@link plainText}),
 * between `min` and `max` characters as {@link countCharacters} counts them,
 * that is after normalisation.
 */
export function textOf(min: number, max: number) {
  return z.string().check(plainText(), ...lengthChecks(countCharacters, min, max));
}

/** A name (comment author, signer): as {@link textOf}, counted as `normaliseName` stores it. */
export function nameOf(min: number, max: number) {
  // [...normaliseName(s)].length, through countCharacters: the widgets' runtime then need not export normaliseText.
  const count = (s: string) => countCharacters(s.replace(/[\u200C\u200D]/g, ''));
  return z.string().check(plainText(), ...lengthChecks(count, min, max));
}

/**
 * Text in what an administrator writes (definitions): checked as {@link textOf},
 * and normalised as {@link normaliseText} on parsing, so every backend stores it
 * without bidi controls or invisible characters. The normalising is a check, not
 * a pipe: a failed pipe counts as aborted, and then {@link localised}'s union
 * could only say "Invalid input" instead of the rule broken ("Required"…).
 */
export function adminText(min: number, max: number) {
  return textOf(min, max).check(z.overwrite(normaliseText));
}

/**
 * Length limits in answers (text as stored): at most `max` characters as
 * {@link countCharacters} counts them, and nothing refused that a backend
 * stored before (no character check; `min` counts UTF-16 code units). Every
 * definition checked with {@link textOf} passes.
 */
export function lengthOf(min: number, max: number) {
  return z.string().check(
    z.minLength(min),
    z.refine<string>((s) => countCharacters(s) <= max, `At most ${max} characters`),
  );
}

export function localised<T extends z.ZodMiniType<string, unknown>>(text: T) {
  return z.union([
    text,
    z.record(LanguageKey, text).check(
      z.refine((texts: Record<string, unknown>) => {
        const count = Object.keys(texts).length;
        return count >= 1 && count <= 70;
      }, 'Give the text in 1 to 70 languages'),
      // Tags stored canonical (`PT-br` → `pt-BR`), as widgets look them up (an overwrite keeps the type, and the JSON Schema).
      z.overwrite((texts) => Object.fromEntries(Object.entries(texts).map(([tag, value]) => [canonicalTag(tag), value]))),
    ),
  ]);
}

function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/** An e-mail address as citizens give it (a signer's, a commenter's for replies). */
export const EmailAddress = z
  .email('Enter an e-mail address in the correct format, like name@example.com')
  .check(z.maxLength(254));

/** The page a citizen acted on, for links back to it in mails and pages. */
export const PageUrl = z.url().check(z.maxLength(2000), plainText());
