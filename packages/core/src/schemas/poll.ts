import * as z from 'zod/mini';
import { Eligibility } from './eligibility.js';
import { Count, LabelledItem, Slug, Timestamp, lengthOf, localised } from './common.js';

export const PollMode = z.enum(['single', 'multiple']);
export const PollStatus = z.enum(['draft', 'open', 'closed']);
export const ResultsVisibility = z.enum(['always', 'after-vote', 'after-close', 'never']);
export type PollMode = z.infer<typeof PollMode>;
export type PollStatus = z.infer<typeof PollStatus>;
export type ResultsVisibility = z.infer<typeof ResultsVisibility>;

export const Poll = z.object({
  id: Slug,
  question: localised(lengthOf(1, 300)),
  description: z.nullable(localised(lengthOf(0, 2000))),
  options: z.array(LabelledItem).check(z.minLength(2), z.maxLength(50)),
  mode: PollMode,
  /** Most options one vote may choose; 1 in single mode. */
  maxChoices: z.int().check(z.minimum(1)),
  opensAt: z.nullable(Timestamp),
  closesAt: z.nullable(Timestamp),
  status: PollStatus,
  resultsVisibility: ResultsVisibility,
  allowChange: z.boolean(),
  /** Who may take part: absent means anyone (see `Eligibility`). */
  eligibility: z.optional(Eligibility),
  /** `always`: every write needs a solved proof-of-work challenge (see docs/security.md, "Floods"). */
  challenge: z.optional(z.enum(['always'])),
});
export type Poll = z.infer<typeof Poll>;

export const OptionCount = z.object({ optionId: Slug, count: Count });
export const PollResults = z.object({
  /** One entry per option, in the poll's option order. */
  counts: z.array(OptionCount),
  /** People who voted (a multiple-choice voter counts once). */
  totalParticipants: Count,
});
export type PollResults = z.infer<typeof PollResults>;

/** What a participant sees of a poll: the poll, results when visible, and their own vote. */
export const PollView = z.object({
  poll: Poll,
  /** `null` when `resultsVisibility` hides them from this participant now. */
  results: z.nullable(PollResults),
  /** The option ids this participant chose, or `null` if they have not voted. */
  myVote: z.nullable(z.array(Slug)),
});
export type PollView = z.infer<typeof PollView>;

export const VoteInput = z.strictObject({
  choices: z.array(Slug).check(z.minLength(1, 'Choose at least one option'), z.maxLength(50)),
});
export type VoteInput = z.infer<typeof VoteInput>;
