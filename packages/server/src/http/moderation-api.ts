import { CommentId, CommentStatus, Count, ReportReason, Slug, Timestamp, parseInput, textOf } from '@civic-widgets/core';
import * as z from 'zod/mini';
import type { AuditEntry } from '../domain/audit.js';
import * as blocks from '../domain/blocks.js';
import * as moderation from '../domain/moderation.js';
import { moderate } from '../domain/threads.js';
import { type AdminInput, type AdminRoute, Moderated } from './admin-api.js';
import type { ParamsSchema } from './params.js';

/*
 * The console's moderation endpoints under /api/v1/admin: the queue across
 * threads, a thread's comments, a participant's other comments, decisions
 * with reasons (one comment or many), and blocks. Reasons are written into
 * the audit log's `detail`, in the transaction that acts.
 */

export const AdminComment = z.object({
  id: z.string(),
  threadId: Slug,
  parentId: z.nullable(z.string()),
  depth: z.int(),
  authorName: z.nullable(z.string()),
  body: z.string(),
  /** The language it was written in; `null` when not known. */
  lang: z.nullable(z.string()),
  status: CommentStatus,
  score: z.int(),
  replyCount: Count,
  /** Open reports: made since a moderator's last decision on the comment. */
  reportCount: Count,
  /** The open reports, newest first. */
  reports: z.array(z.object({ reason: ReportReason, note: z.nullable(z.string()), at: Timestamp })),
  /** Open reports per reason, most frequent first. */
  reasonCounts: z.array(z.object({ reason: ReportReason, count: Count })),
  lastReportedAt: z.nullable(Timestamp),
  /** Reports settled by earlier decisions: kept for the record, no longer up for review. */
  settledReportCount: Count,
  createdAt: Timestamp,
  /** Whether "same author" and blocking the participant can work for this comment. */
  participantKnown: z.boolean(),
  /** Whether blocking the network can work for this comment. */
  networkKnown: z.boolean(),
});
const CommentList = z.object({
  items: z.array(AdminComment),
  /** Send back as `cursor` for the next page; `null` at the end. */
  nextCursor: z.nullable(z.string()),
});
const QueuePage = z.extend(CommentList, {
  /** The whole queue (of the thread, when filtered), whatever the page and `since`. */
  counts: z.object({ pending: Count, reported: Count }),
  /** The `since` of the next poll: a little before now, so nothing committed meanwhile is missed (items may repeat: key them by id). */
  nextSince: Timestamp,
});
const SameAuthorPage = z.extend(CommentList, {
  /** False when the comment has no participant (or network) to compare: imported comments. */
  known: z.boolean(),
});

const limit = (fallback: number, max = 100) =>
  z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(max)), fallback);
const cursor = z.optional(z.string().check(z.maxLength(200)));
const sort = (fallback: 'newest' | 'oldest') => z._default(z.enum(['newest', 'oldest']), fallback);

const QueueQuery = z.object({
  kind: z._default(z.enum(moderation.QUEUE_KINDS), 'all'),
  threadId: z.optional(Slug),
  sort: sort('oldest'),
  cursor,
  limit: limit(50),
  /** Only what entered the queue at or after this time (comments written, or reported, since): for polling. */
  since: z.optional(Timestamp),
});
const ThreadCommentsQuery = z.object({
  /** Case-insensitive text in the body or the author's name. */
  q: z.optional(textOf(1, 200)),
  status: z.optional(CommentStatus),
  sort: sort('newest'),
  cursor,
  limit: limit(50),
});
const SameAuthorQuery = z.object({
  /** The comment's participant, or its network. */
  by: z._default(z.enum(['participant', 'network']), 'participant'),
  cursor,
  limit: limit(50),
});

/** Why a moderator acts: the reason is required, the note optional; both go into the audit log. */
export const Reasoned = z.strictObject({
  reason: textOf(1, 500),
  note: z.optional(textOf(0, 2000)),
});
const BulkDecision = z.extend(Reasoned, {
  action: z.enum(['approve', 'hide', 'remove']),
  /** 1 to 200 comment ids; all are decided, or (one unknown) none. */
  ids: z.array(CommentId).check(z.minLength(1), z.maxLength(200)),
});
const BulkDecided = z.object({
  items: z.array(z.object({ id: z.string(), before: CommentStatus, status: CommentStatus })),
});

/** The audit entry's detail: the reason, then the note on the next line. */
export function reasonOf(input: AdminInput): string | undefined {
  const body = input.body as { reason?: unknown; note?: unknown } | undefined;
  if (typeof body?.reason !== 'string') return undefined;
  return typeof body.note === 'string' && body.note.trim() ? `${body.reason.trim()}\n${body.note.trim()}` : body.reason.trim();
}

const Block = z.object({
  id: z.int(),
  kind: z.enum(['participant', 'network']),
  reason: z.string(),
  commentId: z.nullable(z.string()),
  threadId: z.nullable(Slug),
  createdBy: z.nullable(z.string()),
  createdAt: Timestamp,
  until: Timestamp,
  liftedAt: z.nullable(Timestamp),
  liftedBy: z.nullable(z.string()),
  active: z.boolean(),
});
/** A network as the abuse watch and the audit log name it: its keyed hash. */
export const NetworkHash = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const NewBlock = z.strictObject({
  kind: z.enum(['participant', 'network']),
  /** Block this comment's participant or network… */
  commentId: z.optional(CommentId),
  /** …or (kind `network`) this network. */
  network: z.optional(NetworkHash),
  /** 1 hour to a year. */
  hours: z.int().check(z.minimum(1), z.maximum(8760)),
  reason: textOf(1, 500),
});
const BlocksQuery = z.object({
  status: z._default(z.enum(['active', 'all']), 'active'),
  /** Blocks older than this id (the next page, newest first). */
  before: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(2_147_483_647))),
  limit: limit(100, 500),
});

const comment = z.strictObject({ commentId: CommentId }) as ParamsSchema;
const thread = z.strictObject({ threadId: Slug }) as ParamsSchema;
const blockId = z.strictObject({ blockId: z.string().check(z.regex(/^\d{1,9}$/)) }) as ParamsSchema;
const commentResource = (input: AdminInput) => ({ kind: 'comment', id: input.params['commentId'] ?? '' });

export const moderationApi: AdminRoute[] = [
  {
    method: 'GET',
    url: '/moderation/queue',
    operationId: 'adminModerationPage',
    summary:
      'The moderation queue across threads: pending and reported comments with their reports, by comment time, paginated; `since` returns what entered the queue since (the console polls it)',
    permission: 'moderation.read',
    query: QueueQuery,
    response: QueuePage,
    status: 200,
    handle: (ctx, { query }) => {
      const q = query as z.output<typeof QueueQuery>;
      return moderation.moderationQueue(ctx, {
        kind: q.kind,
        threadId: q.threadId,
        sort: q.sort,
        cursor: q.cursor,
        limit: q.limit,
        sinceMs: q.since === undefined ? undefined : Date.parse(q.since),
      });
    },
  },
  {
    method: 'GET',
    url: '/threads/:threadId/comments',
    operationId: 'adminThreadComments',
    summary: 'Every comment of a thread whatever its status, optionally containing a text (`q`) or of one status; paginated',
    permission: 'moderation.read',
    params: thread,
    query: ThreadCommentsQuery,
    response: CommentList,
    status: 200,
    handle: (ctx, { params, query }) =>
      moderation.threadComments(ctx, params['threadId'] ?? '', query as z.output<typeof ThreadCommentsQuery>),
  },
  {
    method: 'GET',
    url: '/comments/:commentId/same-author',
    operationId: 'adminSameAuthor',
    summary:
      "The other comments in this comment's thread by the same participant (or, `by=network`, from the same network), newest first",
    permission: 'moderation.read',
    params: comment,
    query: SameAuthorQuery,
    response: SameAuthorPage,
    status: 200,
    handle: (ctx, { params, query }) =>
      moderation.sameAuthor(ctx, params['commentId'] ?? '', query as z.output<typeof SameAuthorQuery>),
  },
  ...(['approve', 'hide', 'remove'] as const).map((action): AdminRoute => ({
    method: 'POST',
    url: `/comments/:commentId/${action}`,
    operationId: `admin${action[0]!.toUpperCase()}${action.slice(1)}Comment`,
    summary: {
      approve: 'Publish a comment and settle its reports, with a reason (kept in the audit log)',
      hide: 'Hide a comment and settle its reports, with a reason (kept in the audit log)',
      remove: 'Remove a comment and settle its reports, with a reason (kept in the audit log)',
    }[action],
    permission: 'moderation.write',
    audit: {
      action: `comment.${action}`,
      resource: commentResource,
      before: (ctx, input) => moderation.commentState(ctx, input.params['commentId'] ?? ''),
      detail: reasonOf,
    },
    params: comment,
    body: Reasoned,
    response: Moderated,
    status: 200,
    handle: (ctx, input) => {
      parseInput(Reasoned, input.body);
      return moderate(ctx, input.params['commentId'] ?? '', action);
    },
  })),
  {
    method: 'POST',
    url: '/comments/moderate',
    operationId: 'adminModerateComments',
    summary: 'Approve, hide or remove many comments at once, with one reason: all in one transaction, each in the audit log',
    permission: 'moderation.write',
    body: BulkDecision,
    response: BulkDecided,
    status: 200,
    audit: {
      entries: (input, result) =>
        (result as z.output<typeof BulkDecided>).items.map((item): AuditEntry => ({
          action: `comment.${(input.body as { action: string }).action}`,
          resource: { kind: 'comment', id: item.id },
          before: { id: item.id, status: item.before },
          after: { id: item.id, status: item.status },
          detail: reasonOf(input) ?? '',
        })),
    },
    handle: async (ctx, { body }) => {
      const input = parseInput(BulkDecision, body);
      return { items: await moderation.moderateMany(ctx, input.ids, input.action) };
    },
  },
  {
    method: 'GET',
    url: '/blocks',
    operationId: 'adminListBlocks',
    summary: 'Blocks of participants and networks, newest first: active ones, or all',
    permission: 'moderation.read',
    query: BlocksQuery,
    response: z.array(Block),
    status: 200,
    handle: (ctx, { query }) => blocks.listBlocks(ctx, query as z.output<typeof BlocksQuery>),
  },
  {
    method: 'POST',
    url: '/blocks',
    operationId: 'adminBlock',
    summary:
      "Block a comment's participant or network (or a network from the abuse watch) for some hours, with a reason: no votes, comments, reports, upvotes, signatures or ratings until then",
    permission: 'moderation.write',
    body: NewBlock,
    response: Block,
    status: 201,
    audit: {
      action: 'block.create',
      resource: (_input, result) => ({ kind: 'block', id: String((result as { id: number }).id) }),
      detail: reasonOf,
    },
    handle: (ctx, { body }, _reply, who) => blocks.createBlock(ctx, parseInput(NewBlock, body), who.email),
  },
  {
    method: 'POST',
    url: '/blocks/:blockId/lift',
    operationId: 'adminLiftBlock',
    summary: 'End a block now, with a reason',
    permission: 'moderation.write',
    params: blockId,
    body: Reasoned,
    response: Block,
    status: 200,
    audit: {
      action: 'block.lift',
      resource: (input) => ({ kind: 'block', id: input.params['blockId'] ?? '' }),
      before: (ctx, input) => blocks.findBlock(ctx, Number(input.params['blockId'])),
      detail: reasonOf,
    },
    handle: (ctx, { params, body }, _reply, who) => {
      parseInput(Reasoned, body);
      return blocks.liftBlock(ctx, Number(params['blockId']), who.email);
    },
  },
];
