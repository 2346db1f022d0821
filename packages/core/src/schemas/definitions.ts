import * as z from 'zod/mini';
import { LabelledItem, Slug, Timestamp, textOf, withoutNul } from './common.js';
import { PollMode, PollStatus, ResultsVisibility } from './poll.js';
import { ModerationMode, ThreadStatus } from './thread.js';
import { Milestone, PetitionStatus } from './petition.js';
import { RatingScale, ServiceStatus } from './service.js';

/*
 * Definitions: what an administrator writes to create a resource. Seed files,
 * the admin API and MemoryAdapter all take these; defaults live here once.
 */

export const PollDefinition = z.strictObject({
  id: Slug,
  question: textOf(1, 300),
  description: z._default(z.nullable(z.string().check(z.maxLength(2000))), null),
  options: z.array(LabelledItem).check(z.minLength(2), z.maxLength(50)),
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
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  parentId: z._default(z.nullable(z.string()), null),
  authorName: z._default(z.nullable(z.string().check(withoutNul())), null),
  body: textOf(1, 20000),
  createdAt: z.optional(Timestamp),
  status: z._default(z.enum(['published', 'pending', 'hidden', 'removed']), 'published'),
});
export type CommentDefinition = z.input<typeof CommentDefinition>;

export const ThreadDefinition = z.strictObject({
  id: Slug,
  title: z._default(z.nullable(z.string().check(z.maxLength(300))), null),
  status: z._default(ThreadStatus, 'open'),
  moderation: z._default(ModerationMode, 'post'),
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(20000)), 2000),
  maxDepth: z._default(z.int().check(z.minimum(0), z.maximum(10)), 3),
  reportThreshold: z._default(z.int().check(z.minimum(1)), 3),
  comments: z._default(z.array(CommentDefinition), []),
});
export type ThreadDefinition = z.input<typeof ThreadDefinition>;

export const PetitionDefinition = z.strictObject({
  id: Slug,
  title: textOf(1, 300),
  summary: z._default(z.string().check(z.maxLength(1000)), ''),
  body: z._default(z.string().check(z.maxLength(20000)), ''),
  goal: z.int().check(z.minimum(1)),
  milestones: z._default(z.array(Milestone), []),
  opensAt: z._default(z.nullable(Timestamp), null),
  closesAt: z._default(z.nullable(Timestamp), null),
  status: z._default(PetitionStatus, 'open'),
  response: z._default(z.nullable(z.object({ body: z.string().check(z.minLength(1)), respondedAt: Timestamp })), null),
  regions: z._default(z.array(LabelledItem), []),
});
export type PetitionDefinition = z.input<typeof PetitionDefinition>;

export const ServiceDefinition = z.strictObject({
  id: Slug,
  name: textOf(1, 200),
  question: textOf(1, 300),
  scale: z._default(RatingScale, 'stars5'),
  reasons: z._default(z.array(LabelledItem), []),
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
