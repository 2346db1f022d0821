import * as z from 'zod/mini';

// No `new Function`: the schemas must run under a Content-Security-Policy without 'unsafe-eval'.
z.config({ jitless: true });

import { SLUG_PATTERN, countCharacters } from '../text.js';

export { SLUG_PATTERN, countCharacters, normaliseText } from '../text.js';

export const Slug = z.string().check(z.regex(SLUG_PATTERN, 'Must be a slug: a-z, 0-9 and "-", up to 64 characters'));

/** ISO 8601 timestamp with offset, as sent on the wire. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A count that can never be negative. */
export const Count = z.int().check(z.minimum(0));

/** A labelled choice: poll options, petition regions, rating reasons. */
export const LabelledItem = z.object({
  id: Slug,
  label: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type LabelledItem = z.infer<typeof LabelledItem>;

/** Honeypot field: people never see it, so it must stay empty. */
export const Honeypot = z.optional(z.string().check(z.maxLength(0, 'Leave this field empty')));

/** Refuses NUL characters: nobody types one, and PostgreSQL text cannot store one. */
export function withoutNul() {
  return z.refine<string>((s) => !s.includes('\u0000'), 'Must not contain NUL characters');
}

/** Builds a zod check limiting text length as {@link countCharacters} counts it. */
export function textOf(min: number, max: number) {
  return z.string().check(
    withoutNul(),
    z.refine((s: string) => countCharacters(s) >= min, min === 1 ? 'Required' : `At least ${min} characters`),
    z.refine((s: string) => countCharacters(s) <= max, `At most ${max} characters`),
  );
}
