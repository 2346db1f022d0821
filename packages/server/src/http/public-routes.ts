import {
  Comment,
  CommentId,
  CommentPage,
  CommentQuery,
  CommentScore,
  NewComment,
  PetitionView,
  PollView,
  RatingFollowUp,
  RatingId,
  RatingInput,
  RatingReceipt,
  ReportInput,
  ServiceView,
  SignatureInput,
  SignatureReceipt,
  Slug,
  Thread,
  VoteInput,
} from '@civic-widgets/core';
import * as z from 'zod/mini';
import type { Actor, Context, Settled } from '../domain/context.js';
import * as polls from '../domain/polls.js';
import * as threads from '../domain/threads.js';
import * as petitions from '../domain/petitions.js';
import * as services from '../domain/services.js';
import { ParticipantData, participantData } from '../domain/participant-data.js';
import type { ParamsSchema } from './params.js';

export type Params = Record<string, string>;

/** One citizen-facing endpoint: registered from this table, and described from it in openapi.json. */
export interface PublicRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Under /api/v1, fastify syntax. */
  url: string;
  /** Stable name of the operation in openapi.json. */
  operationId: string;
  summary: string;
  /** The URL's parameters: checked before `handle` runs (an impossible id is 404) and documented. */
  params: ParamsSchema;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** `null` for 204 answers. */
  response: z.ZodMiniType | null;
  status: number;
  /** It only takes away what the participant gave (deleting their comment): allowed while they are blocked. */
  erasure?: true;
  handle?(ctx: Context, actor: Actor, params: Params, input: unknown): Promise<unknown>;
  /**
   * A hot write done in batches instead (see http/write-queue.ts): many
   * requests in one transaction, each answered or refused on its own.
   */
  handleMany?(tx: Context, requests: readonly BatchedRequest[]): Promise<Settled<unknown>[]>;
}

/** One request of a batch, as `handleMany` receives it. */
export interface BatchedRequest {
  actor: Actor;
  params: Params;
  input: unknown;
}

const poll = z.strictObject({ pollId: Slug });
const thread = z.strictObject({ threadId: Slug });
const comment = z.strictObject({ threadId: Slug, commentId: CommentId });
const petition = z.strictObject({ petitionId: Slug });
const service = z.strictObject({ serviceId: Slug });
const rating = z.strictObject({ serviceId: Slug, ratingId: RatingId });

/** Query strings arrive as text; pick the known keys and convert numbers. */
function commentQuery(raw: unknown): unknown {
  const q = (raw ?? {}) as Record<string, string | undefined>;
  return {
    ...(q['sort'] !== undefined ? { sort: q['sort'] } : {}),
    ...(q['parentId'] !== undefined ? { parentId: q['parentId'] } : {}),
    ...(q['cursor'] !== undefined ? { cursor: q['cursor'] } : {}),
    ...(q['limit'] !== undefined ? { limit: Number(q['limit']) } : {}),
  };
}

export const publicRoutes: PublicRoute[] = [
  {
    method: 'GET',
    url: '/polls/:pollId',
    summary: 'A poll, its results when visible to the caller, and their own vote',
    operationId: 'getPoll',
    params: poll,
    response: PollView,
    status: 200,
    handle: (ctx, actor, p) => polls.getPollView(ctx, actor, p['pollId'] ?? ''),
  },
  {
    method: 'POST',
    url: '/polls/:pollId/votes',
    summary: 'Vote (or change a vote where the poll allows it)',
    operationId: 'castVote',
    params: poll,
    body: VoteInput,
    response: PollView,
    status: 200,
    handleMany: (tx, requests) =>
      polls.castVotes(
        tx,
        requests.map((r) => ({ actor: r.actor, pollId: r.params['pollId'] ?? '', input: r.input })),
      ),
  },
  {
    method: 'GET',
    url: '/threads/:threadId',
    summary: 'A discussion thread',
    operationId: 'getThread',
    params: thread,
    response: Thread,
    status: 200,
    handle: (ctx, _actor, p) => threads.getThread(ctx, p['threadId'] ?? ''),
  },
  {
    method: 'GET',
    url: '/threads/:threadId/comments',
    summary: 'A page of comments (top-level, or replies with parentId), keyset-paginated',
    operationId: 'listComments',
    params: thread,
    query: CommentQuery,
    response: CommentPage,
    status: 200,
    handle: (ctx, actor, p, query) => threads.listComments(ctx, actor, p['threadId'] ?? '', commentQuery(query)),
  },
  {
    method: 'POST',
    url: '/threads/:threadId/comments',
    summary: 'Post a comment or reply',
    operationId: 'postComment',
    params: thread,
    body: NewComment,
    response: Comment,
    status: 201,
    handle: (ctx, actor, p, body) => threads.postComment(ctx, actor, p['threadId'] ?? '', body),
  },
  {
    method: 'PUT',
    url: '/threads/:threadId/comments/:commentId/upvote',
    summary: 'Upvote a comment (idempotent)',
    operationId: 'upvoteComment',
    params: comment,
    response: CommentScore,
    status: 200,
    handle: (ctx, actor, p) => threads.setUpvote(ctx, actor, p['threadId'] ?? '', p['commentId'] ?? '', true),
  },
  {
    method: 'DELETE',
    url: '/threads/:threadId/comments/:commentId/upvote',
    summary: 'Withdraw an upvote (idempotent)',
    operationId: 'withdrawUpvote',
    params: comment,
    response: CommentScore,
    status: 200,
    handle: (ctx, actor, p) => threads.setUpvote(ctx, actor, p['threadId'] ?? '', p['commentId'] ?? '', false),
  },
  {
    method: 'DELETE',
    url: '/threads/:threadId/comments/:commentId',
    summary:
      "Delete one's own comment: it leaves the thread and its text, name and links to its author are erased; replies stay. Another's comment is 404",
    operationId: 'deleteComment',
    params: comment,
    response: null,
    status: 204,
    erasure: true,
    handle: (ctx, actor, p) => threads.deleteOwnComment(ctx, actor, p['threadId'] ?? '', p['commentId'] ?? ''),
  },
  {
    method: 'POST',
    url: '/threads/:threadId/comments/:commentId/reports',
    summary: 'Report a comment',
    operationId: 'reportComment',
    params: comment,
    body: ReportInput,
    response: null,
    status: 204,
    handle: (ctx, actor, p, body) => threads.reportComment(ctx, actor, p['threadId'] ?? '', p['commentId'] ?? '', body),
  },
  {
    method: 'GET',
    url: '/petitions/:petitionId',
    summary: 'A petition with its confirmed count, public signers and counts by region',
    operationId: 'getPetition',
    params: petition,
    response: PetitionView,
    status: 200,
    handle: (ctx, _actor, p) => petitions.getPetitionView(ctx, p['petitionId'] ?? ''),
  },
  {
    method: 'POST',
    url: '/petitions/:petitionId/signatures',
    summary: 'Sign: creates a pending signature and e-mails a confirmation link',
    operationId: 'signPetition',
    params: petition,
    body: SignatureInput,
    response: SignatureReceipt,
    status: 202,
    handle: (ctx, actor, p, body) => petitions.signPetition(ctx, actor, p['petitionId'] ?? '', body),
  },
  {
    method: 'GET',
    url: '/services/:serviceId',
    summary: 'A service, its public aggregate and the caller’s rating',
    operationId: 'getService',
    params: service,
    response: ServiceView,
    status: 200,
    handle: (ctx, actor, p) => services.getServiceView(ctx, actor, p['serviceId'] ?? ''),
  },
  {
    method: 'POST',
    url: '/services/:serviceId/ratings',
    summary: 'Rate a service (rating again replaces the score)',
    operationId: 'rateService',
    params: service,
    body: RatingInput,
    response: RatingReceipt,
    status: 200,
    handle: (ctx, actor, p, body) => services.rate(ctx, actor, p['serviceId'] ?? '', body),
  },
  {
    method: 'PATCH',
    url: '/services/:serviceId/ratings/:ratingId',
    summary: 'Add the optional follow-up (reasons, comment) to the caller’s rating',
    operationId: 'amendRating',
    params: rating,
    body: RatingFollowUp,
    response: RatingReceipt,
    status: 200,
    handle: (ctx, actor, p, body) => services.amendRating(ctx, actor, p['serviceId'] ?? '', p['ratingId'] ?? '', body),
  },
  {
    method: 'GET',
    url: '/participant/data',
    summary: 'Everything held for the caller’s participant token (X-Civic-Voter): votes, comments, upvotes, reports, ratings',
    operationId: 'getParticipantData',
    params: z.strictObject({}),
    response: ParticipantData,
    status: 200,
    handle: (ctx, actor) => participantData(ctx, actor),
  },
];
