import * as z from 'zod/mini';
import { Count, Slug } from './common.js';
import { PollResults } from './poll.js';
import { RatingAggregate } from './service.js';

export type { Topic } from '../topics.js';
export const TOPIC_PATTERN = /^(poll|thread|petition|service):[a-z0-9][a-z0-9-]{0,63}$/;
export const TopicSchema = z.string().check(z.regex(TOPIC_PATTERN));

export const LiveEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('poll.results'),
    pollId: Slug,
    /** `null` when the poll's results are not public: subscribers refetch through the adapter. */
    results: z.nullable(PollResults),
  }),
  z.object({
    type: z.literal('thread.comment'),
    threadId: Slug,
    commentId: z.string(),
    parentId: z.nullable(z.string()),
  }),
  z.object({ type: z.literal('petition.count'), petitionId: Slug, signatureCount: Count }),
  z.object({ type: z.literal('service.aggregate'), serviceId: Slug, aggregate: RatingAggregate }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;

export { topicOf } from '../topics.js';
