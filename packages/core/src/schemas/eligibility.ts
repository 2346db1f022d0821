import * as z from 'zod/mini';

/** A link a widget shows: http(s) only, so that no stored value can become a `javascript:` URL. */
export const HttpUrl = z
  .string()
  .check(
    z.maxLength(2000),
    z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'Must be an http(s) URL, e.g. https://www.city.gov/sign-in'),
  );

/** A claim of the identity token that must hold one of the listed values, e.g. `area` in `north, south`. */
export const ClaimRule = z.strictObject({
  name: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/, 'Must be a claim name, e.g. "area" or "age_band"')),
  anyOf: z
    .array(z.string().check(z.minLength(1), z.maxLength(200)))
    .check(z.minLength(1, 'List at least one value'), z.maxLength(500)),
});
export type ClaimRule = z.infer<typeof ClaimRule>;

/**
 * Who may vote, sign or rate: `anyone` (the default when absent), or
 * `verified` participants — people the agency's own site signed in, whose
 * short-lived identity token the widget sends — optionally only those whose
 * token carries a `claim` with one of the listed values. `signIn` is the
 * agency's sign-in page, which widgets link to.
 */
export const Eligibility = z.strictObject({
  kind: z.enum(['anyone', 'verified']),
  claim: z.optional(ClaimRule),
  signIn: z.optional(HttpUrl),
});
export type Eligibility = z.infer<typeof Eligibility>;

/** As an administrator writes it: a claim only makes sense for verified participants. */
export const EligibilityDefinition = z.optional(
  Eligibility.check(
    z.refine((rule) => rule.kind === 'verified' || rule.claim === undefined, {
      message: 'A claim rule needs kind "verified"',
      path: ['claim'],
    }),
  ),
);
