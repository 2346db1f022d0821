import * as z from 'zod/mini';
import { Eligibility } from './eligibility.js';
import { MINIMUM_RATINGS } from '../ratings.js';
import { Count, Slug, lengthOf, localised, plainText, textOf } from './common.js';

/** 1 (as soon as someone rated) to 1 000. */
export const MinimumRatings = z.int().check(z.minimum(1), z.maximum(1000));

export const RatingScale = z.enum(['stars5', 'yesno', 'csat5']);
export type RatingScale = z.infer<typeof RatingScale>;
export const ServiceStatus = z.enum(['draft', 'open', 'closed']);
export type ServiceStatus = z.infer<typeof ServiceStatus>;

/** A rating's id: URL-safe base64 (`A–Z a–z 0–9 - _`), as the server makes them. */
export const RatingId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Must be a rating id: up to 64 characters A–Z, a–z, 0–9, "-", "_"'));

/** After which answers a follow-up reason is offered: `any` (the default), only `positive` ones, or only `negative` ones. */
export const ReasonWhen = z.enum(['any', 'positive', 'negative']);
export type ReasonWhen = z.infer<typeof ReasonWhen>;

/** A follow-up reason; `when` defaults to `any` (answers from servers that predate it). */
export const ServiceReason = z.object({
  id: Slug,
  label: localised(lengthOf(1, 200)),
  when: z._default(ReasonWhen, 'any'),
});
export type ServiceReason = z.infer<typeof ServiceReason>;

export const Service = z.object({
  id: Slug,
  name: lengthOf(1, 200),
  question: localised(lengthOf(1, 300)),
  scale: RatingScale,
  /** Optional follow-up reasons offered after the score, each for the answers it fits. */
  reasons: z.array(ServiceReason),
  commentMaxLength: z.int().check(z.minimum(0), z.maximum(5000)),
  publicAggregate: z.boolean(),
  /** Ratings needed before the aggregate is shown to anyone (`MINIMUM_RATINGS` for services that predate it). */
  minimumRatings: z._default(MinimumRatings, MINIMUM_RATINGS),
  status: ServiceStatus,
  /** Who may take part: absent means anyone (see `Eligibility`). */
  eligibility: z.optional(Eligibility),
  /** `always`: every write needs a solved proof-of-work challenge (see docs/security.md, "Floods"). */
  challenge: z.optional(z.enum(['always'])),
});
export type Service = z.infer<typeof Service>;

export const RatingAggregate = z.object({
  count: Count,
  /** Mean score for `stars5` and `csat5`; `null` for `yesno` or with no ratings. */
  average: z.nullable(z.number()),
  /** Share of "yes" (0–1) for `yesno`; `null` otherwise or with no ratings. */
  yesShare: z.nullable(z.number()),
  /** One entry per possible score, ascending. */
  distribution: z.array(z.object({ score: z.int(), count: Count })),
});
export type RatingAggregate = z.infer<typeof RatingAggregate>;

export const MyRating = z.object({
  ratingId: RatingId,
  score: z.int(),
  reasons: z.array(Slug),
  comment: z.nullable(z.string()),
});
export type MyRating = z.infer<typeof MyRating>;

export const ServiceView = z.object({
  service: Service,
  /** `null` unless the service's aggregate is public and `minimumRatings` people rated. */
  aggregate: z.nullable(RatingAggregate),
  myRating: z.nullable(MyRating),
});
export type ServiceView = z.infer<typeof ServiceView>;

export const RatingInput = z.strictObject({
  /** 1–5 for `stars5` and `csat5`; 0 (no) or 1 (yes) for `yesno`. */
  score: z.int(),
  /** The page the rating was given on; query string and fragment are dropped. */
  pageUrl: z.optional(z.url().check(z.maxLength(2000), plainText())),
});
export type RatingInput = z.infer<typeof RatingInput>;

export const RatingFollowUp = z.strictObject({
  reasons: z.optional(z.array(Slug).check(z.maxLength(20))),
  comment: z.optional(z.nullable(textOf(0, 5000))),
});
export type RatingFollowUp = z.infer<typeof RatingFollowUp>;

export const RatingReceipt = z.object({
  ratingId: RatingId,
  score: z.int(),
  reasons: z.array(Slug),
  comment: z.nullable(z.string()),
  /** As stored: without query string or fragment. */
  pageUrl: z.nullable(z.string()),
  aggregate: z.nullable(RatingAggregate),
});
export type RatingReceipt = z.infer<typeof RatingReceipt>;

// The rules of scales (`scaleScores`, `scoreSentiment`, `reasonFits`, `stripPageUrl`) and `publicAggregate`
// are exported by the package's index from scales.ts and rules.ts, not from here: the service schemas load
// lazily in browsers, and everything a lazily loaded module exports is bundled with it.
