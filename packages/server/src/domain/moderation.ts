import {
  CommentId,
  type CommentStatus,
  InvalidInputError,
  NotFoundError,
  type ReportReason,
  normaliseText,
} from '@civic-widgets/core';
import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { CommentsTable, Database } from '../db/schema.js';
import type { Context } from './context.js';
import { decodeRowPage, encodePage } from './pages.js';
import { moderate } from './threads.js';

/*
 * What moderators read and do across threads: one queue of pending and
 * reported comments, every comment of a thread (searchable), a participant's
 * other comments, and decisions on many comments at once. Participant and
 * network hashes stay on the server: comments are named by their ids, and
 * "same author" is asked of a comment.
 */

type Row = Selectable<CommentsTable>;
type Where = ExpressionBuilder<Database, 'comments'>;

/** Comment ids are decimal strings of the row id; one beyond PostgreSQL's integer range names no comment. */
export function commentRowId(commentId: string): number {
  return CommentId.safeParse(commentId).success && Number(commentId) <= 2_147_483_647 ? Number(commentId) : -1;
}

export interface AdminComment {
  id: string;
  threadId: string;
  parentId: string | null;
  depth: number;
  authorName: string | null;
  body: string;
  status: CommentStatus;
  score: number;
  replyCount: number;
  /** Open reports: made since a moderator's last decision on the comment. */
  reportCount: number;
  /** The open reports, newest first. */
  reports: { reason: ReportReason; note: string | null; at: string }[];
  /** Open reports per reason, most frequent first. */
  reasonCounts: { reason: ReportReason; count: number }[];
  lastReportedAt: string | null;
  /** Reports settled by earlier decisions: kept for the record, no longer up for review. */
  settledReportCount: number;
  createdAt: string;
  /** Whether the comment has a known participant and network: same-author reads and blocks need them. */
  participantKnown: boolean;
  networkKnown: boolean;
}

export interface CommentPageOut {
  items: AdminComment[];
  nextCursor: string | null;
}

/** Rows with their reports, as moderators see them. */
async function withReports(ctx: Context, rows: Row[]): Promise<AdminComment[]> {
  const reports = rows.length
    ? await ctx.db
        .selectFrom('reports')
        .select(['comment_id', 'reason', 'note', 'created_ms', 'settled_ms'])
        .where(
          'comment_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('created_ms', 'desc')
        .execute()
    : [];
  return rows.map((r) => {
    const all = reports.filter((x) => x.comment_id === r.id);
    const open = all.filter((x) => x.settled_ms === null);
    const counts = new Map<ReportReason, number>();
    for (const x of open) counts.set(x.reason as ReportReason, (counts.get(x.reason as ReportReason) ?? 0) + 1);
    return {
      id: String(r.id),
      threadId: r.thread_id,
      parentId: r.parent_id === null ? null : String(r.parent_id),
      depth: r.depth,
      authorName: r.author_name,
      body: r.body,
      lang: r.lang,
      status: r.status as CommentStatus,
      score: r.score,
      replyCount: r.reply_count,
      reportCount: r.report_count,
      reports: open.map((x) => ({
        reason: x.reason as ReportReason,
        note: x.note,
        at: new Date(x.created_ms).toISOString(),
      })),
      reasonCounts: [...counts]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
      lastReportedAt: open[0] ? new Date(open[0].created_ms).toISOString() : null,
      settledReportCount: all.length - open.length,
      createdAt: new Date(r.created_ms).toISOString(),
      participantKnown: r.voter !== null,
      networkKnown: r.ip !== null,
    };
  });
}

type Sort = 'newest' | 'oldest';

/** One keyset page of comments matching `filter`, by creation time. */
async function page(
  ctx: Context,
  filter: (eb: Where) => ReturnType<Where['and']>,
  sort: Sort,
  cursor: string | undefined,
  limit: number,
): Promise<CommentPageOut> {
  const after = cursor === undefined ? null : decodeRowPage(cursor);
  const direction = sort === 'oldest' ? 'asc' : 'desc';
  let q = ctx.db.selectFrom('comments').selectAll().where(filter);
  if (after)
    q = q.where((eb) => eb(eb.refTuple('created_ms', 'id'), sort === 'oldest' ? '>' : '<', eb.tuple(after[0], after[1])));
  const rows = await q
    .orderBy('created_ms', direction)
    .orderBy('id', direction)
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: await withReports(ctx, items),
    nextCursor: rows.length > limit && last ? encodePage(last.created_ms, last.id) : null,
  };
}

export const QUEUE_KINDS = ['pending', 'reported', 'all'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

const isPending = (eb: Where) => eb('comments.status', '=', 'pending');
/** Comments with open reports (a decision settles them): published ones, and those hidden by reports or a moderator. */
const isReported = (eb: Where) =>
  eb.and([eb('comments.report_count', '>', 0), eb('comments.status', 'in', ['published', 'hidden'])]);

export interface QueueQuery {
  kind: QueueKind;
  threadId?: string | undefined;
  sort: Sort;
  cursor?: string | undefined;
  limit: number;
  /** Only comments that entered the queue at or after this time (ms): pending ones written, or reported ones reported, since. */
  sinceMs?: number | undefined;
}

/** How far back the next poll's `since` reaches: a comment written as this answer was read commits a little later. */
const SINCE_OVERLAP_MS = 10_000;

/**
 * The moderation queue across threads: pending comments and reported ones
 * (with their reports), by comment time, paginated; `counts` covers the whole
 * queue (of the thread, when filtered) whatever the page. The console polls
 * it with `since` (see docs/protocol.md).
 */
export async function moderationQueue(ctx: Context, q: QueueQuery) {
  const now = ctx.now().getTime();
  const inThread = (eb: Where) => (q.threadId === undefined ? eb.lit(true) : eb('comments.thread_id', '=', q.threadId));
  const since = q.sinceMs;
  const entered = (eb: Where) => {
    const pending = since === undefined ? isPending(eb) : eb.and([isPending(eb), eb('comments.created_ms', '>=', since)]);
    const reported =
      since === undefined
        ? isReported(eb)
        : eb.and([
            isReported(eb),
            eb.exists(
              eb
                .selectFrom('reports')
                .select('reports.comment_id')
                .whereRef('reports.comment_id', '=', 'comments.id')
                .where('reports.settled_ms', 'is', null)
                .where('reports.created_ms', '>=', since),
            ),
          ]);
    return q.kind === 'pending' ? pending : q.kind === 'reported' ? reported : eb.or([pending, reported]);
  };
  const [result, pending, reported] = await Promise.all([
    page(ctx, (eb) => eb.and([inThread(eb), entered(eb)]), q.sort, q.cursor, q.limit),
    count(ctx, (eb) => eb.and([inThread(eb), isPending(eb)])),
    count(ctx, (eb) => eb.and([inThread(eb), isReported(eb)])),
  ]);
  return { ...result, counts: { pending, reported }, nextSince: new Date(now - SINCE_OVERLAP_MS).toISOString() };
}

async function count(ctx: Context, filter: (eb: Where) => ReturnType<Where['and']>): Promise<number> {
  const { n } = await ctx.db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(filter)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** `%text%` for LIKE, with the pattern characters in `text` matched as themselves (escaped with `\`). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface ThreadCommentsQuery {
  /** Case-insensitive text in the body or the author's name. */
  q?: string | undefined;
  status?: CommentStatus | undefined;
  sort: Sort;
  cursor?: string | undefined;
  limit: number;
}

/**
 * Every comment of a thread, whatever its status (spam nobody reported),
 * optionally only those containing a text. LIKE on SQLite folds ASCII
 * letters only; ILIKE on PostgreSQL folds what the database's locale does.
 */
export async function threadComments(ctx: Context, threadId: string, q: ThreadCommentsQuery): Promise<CommentPageOut> {
  const thread = await ctx.db.selectFrom('threads').select('id').where('id', '=', threadId).executeTakeFirst();
  if (!thread) throw new NotFoundError(`No thread "${threadId}"`);
  const text = q.q === undefined ? '' : normaliseText(q.q);
  const like = sql.raw(ctx.dialect === 'postgres' ? 'ilike' : 'like');
  const pattern = containsPattern(text);
  return page(
    ctx,
    (eb) =>
      eb.and([
        eb('comments.thread_id', '=', threadId),
        q.status === undefined ? eb.lit(true) : eb('comments.status', '=', q.status),
        text === ''
          ? eb.lit(true)
          : sql<boolean>`(${sql.ref('comments.body')} ${like} ${pattern} escape '\\' or ${sql.ref('comments.author_name')} ${like} ${pattern} escape '\\')`,
      ]),
    q.sort,
    q.cursor,
    q.limit,
  );
}

/**
 * The other comments in a comment's thread by the same participant (or from
 * the same network), newest first. `known` is false when the comment has
 * none to compare (imported comments).
 */
export async function sameAuthor(
  ctx: Context,
  commentId: string,
  q: { by: 'participant' | 'network'; cursor?: string | undefined; limit: number },
): Promise<CommentPageOut & { known: boolean }> {
  const row = await ctx.db
    .selectFrom('comments')
    .select(['id', 'thread_id', 'voter', 'ip'])
    .where('id', '=', commentRowId(commentId))
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`No comment "${commentId}"`);
  const value = q.by === 'participant' ? row.voter : row.ip;
  if (value === null) return { items: [], nextCursor: null, known: false };
  const column = q.by === 'participant' ? 'comments.voter' : 'comments.ip';
  const result = await page(
    ctx,
    (eb) => eb.and([eb('comments.thread_id', '=', row.thread_id), eb(column, '=', value), eb('comments.id', '!=', row.id)]),
    'newest',
    q.cursor,
    q.limit,
  );
  return { ...result, known: true };
}

/** A comment's status now (locked until commit on PostgreSQL): the "before" of a moderation decision. */
export async function commentState(ctx: Context, commentId: string): Promise<{ id: string; status: CommentStatus }> {
  let query = ctx.db.selectFrom('comments').select(['id', 'status']).where('id', '=', commentRowId(commentId));
  if (ctx.dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new NotFoundError(`No comment "${commentId}"`);
  return { id: String(row.id), status: row.status as CommentStatus };
}

export type Decision = 'approve' | 'hide' | 'remove';

export interface Decided {
  id: string;
  before: CommentStatus;
  status: CommentStatus;
}

/**
 * One decision on many comments, in one transaction: all are made or, if one
 * id is unknown, none. Counters move with each comment (see threads.moderate).
 */
export async function moderateMany(ctx: Context, ids: readonly string[], action: Decision): Promise<Decided[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0)
    throw new InvalidInputError('Name at least one comment', { fieldErrors: [{ path: 'ids', message: 'Required' }] });
  return ctx.transact(async (tx) => {
    const decided: Decided[] = [];
    for (const id of unique) {
      const { status: before } = await commentState(tx, id);
      const { status } = await moderate(tx, id, action);
      decided.push({ id, before, status });
    }
    return decided;
  });
}
