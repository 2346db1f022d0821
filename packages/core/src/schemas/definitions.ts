import * as z from 'zod/mini';
import { Slug, Timestamp, adminText, nameOf, normaliseName, plainText } from './common.js';
import { PollMode, PollStatus, ResultsVisibility } from './poll.js';
import { ModerationMode, ThreadStatus } from './thread.js';
import { PetitionStatus } from './petition.js';
import { RatingScale, ServiceStatus } from './service.js';

/*
 * Definitions: what an administrator writes to create a resource. Seed files,
 * the admin API and MemoryAdapter all take these; defaults live here once.
 * Every text in them is refused with control characters or invalid Unicode,
 * and normalised on parsing (see `adminText`), so every backend stores the same.
 */

/** A labelled choice as an administrator writes it: the label is checked and normalised like all free text. */
export const LabelledItemDefinition = z.object({
  id: Slug,
  label: adminText(1, 200),
});

/** Optional text: empty after normalisation is no text. */
const optionalText = (max: number) =>
  z._default(
    z.nullable(
      z.pipe(
        adminText(0, max),
        z.transform((s: string) => s || null),
      ),
    ),
    null,
  );

export const PollDefinition = z.strictObject({
  id: Slug,
  question: adminText(1, 300),
  description: optionalText(2000),
  options: z.array(LabelledItemDefinition).check(z.minLength(2), z.maxLength(50)),
  mode: z._default(PollMode, 'single'),
  maxChoices: z.optional(z.int().check(z.minimum(1))),
  opensAt: z._default(z.nullable(Timestamp), null),
  closesAt: z._default(z.nullable(Timestamp), null),
  status: z._default(PollStatus, 'open'),
  resultsVisibility: z._default(ResultsVisibility, 'after-vote'),
  allowChange: z._default(z.boolean(), false),
});
export type PollDefinition = z.input<typeof PollDefinition>;

export const CommentDefinition = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64), plainText()),
  parentId: z._default(z.nullable(z.string().check(plainText())), null),
  /** A name, normalised as `normaliseName`; empty is anonymous. */
  authorName: z._default(
    z.nullable(
      z.pipe(
        nameOf(0, 80),
        z.transform((s: string) => normaliseName(s) || null),
      ),
    ),
    null,
  ),
  body: adminText(1, 20000),
  createdAt: z.optional(Timestamp),
  status: z._default(z.enum(['published', 'pending', 'hidden', 'removed']), 'published'),
});
export type CommentDefinition = z.input<typeof CommentDefinition>;

export const ThreadDefinition = z.strictObject({
  id: Slug,
  title: optionalText(300),
  status: z._default(ThreadStatus, 'open'),
  moderation: z._default(ModerationMode, 'post'),
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(20000)), 2000),
  maxDepth: z._default(z.int().check(z.minimum(0), z.maximum(10)), 3),
  reportThreshold: z._default(z.int().check(z.minimum(1)), 3),
  comments: z._default(z.array(CommentDefinition), []),
});
export type ThreadDefinition = z.input<typeof ThreadDefinition>;

export const MilestoneDefinition = z.object({
  count: z.int().check(z.minimum(1)),
  label: adminText(1, 200),
});

export const PetitionDefinition = z.strictObject({
  id: Slug,
  title: adminText(1, 300),
  summary: z._default(adminText(0, 1000), ''),
  body: z._default(adminText(0, 20000), ''),
  goal: z.int().check(z.minimum(1)),
  milestones: z._default(z.array(MilestoneDefinition), []),
  opensAt: z._default(z.nullable(Timestamp), null),
  closesAt: z._default(z.nullable(Timestamp), null),
  status: z._default(PetitionStatus, 'open'),
  response: z._default(z.nullable(z.object({ body: adminText(1, 20000), respondedAt: Timestamp })), null),
  regions: z._default(z.array(LabelledItemDefinition), []),
});
export type PetitionDefinition = z.input<typeof PetitionDefinition>;

export const ServiceDefinition = z.strictObject({
  id: Slug,
  name: adminText(1, 200),
  question: adminText(1, 300),
  scale: z._default(RatingScale, 'stars5'),
  reasons: z._default(z.array(LabelledItemDefinition), []),
  commentMaxLength: z._default(z.int().check(z.minimum(0), z.maximum(5000)), 500),
  publicAggregate: z._default(z.boolean(), true),
  status: z._default(ServiceStatus, 'open'),
});
export type ServiceDefinition = z.input<typeof ServiceDefinition>;

/** A seed file: sample or initial content for any backend. */
export const Seed = z.strictObject({
  polls: z._default(z.array(PollDefinition), []),
  threads: z._default(z.array(ThreadDefinition), []),
  petitions: z._default(z.array(PetitionDefinition), []),
  services: z._default(z.array(ServiceDefinition), []),
});
export type Seed = z.input<typeof Seed>;
export type ParsedSeed = z.output<typeof Seed>;
