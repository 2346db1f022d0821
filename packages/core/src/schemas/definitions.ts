import * as z from 'zod/mini';
import { PollDefinition } from './definitions/poll.js';
import { ThreadDefinition } from './definitions/thread.js';
import { PetitionDefinition } from './definitions/petition.js';
import { ServiceDefinition } from './definitions/service.js';

/*
 * Definitions: what an administrator writes to create a resource. Seed files,
 * the admin API and MemoryAdapter all take these; defaults live here once.
 * Every text in them is refused with control characters or invalid Unicode,
 * and normalised on parsing (see `adminText`), so every backend stores the same.
 * One module per resource (`definitions/`), so a backend that needs only polls
 * (MemoryAdapter on a page with one poll) loads only the poll schemas.
 */

export { LabelledItemDefinition } from './definitions/common.js';
export { PollDefinition } from './definitions/poll.js';
export { CommentDefinition, ThreadDefinition } from './definitions/thread.js';
export { MilestoneDefinition, PetitionDefinition } from './definitions/petition.js';
export { ReasonDefinition, ServiceDefinition } from './definitions/service.js';

/** A seed file: sample or initial content for any backend. */
export const Seed = z.strictObject({
  polls: z._default(z.array(PollDefinition), []),
  threads: z._default(z.array(ThreadDefinition), []),
  petitions: z._default(z.array(PetitionDefinition), []),
  services: z._default(z.array(ServiceDefinition), []),
});
export type Seed = z.input<typeof Seed>;
export type ParsedSeed = z.output<typeof Seed>;
