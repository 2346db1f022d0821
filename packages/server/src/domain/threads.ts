import {
  AlreadyDoneError,
  type Comment,
  CommentId,
  type CommentPage,
  CommentQuery,
  type CommentScore,
  type CommentStatus,
  InvalidInputError,
  NewComment,
  NotFoundError,
  ReportInput,
  type Thread,
  ThreadDefinition,
  RateLimitedError,
  checkLength,
  checkThreadOpen,
  decodeCursor,
  encodeCursor,
  normaliseName,
  normaliseText,
  parseInput,
  reachableComment,
} from '@civic-widgets/core';
import type { Selectable } from 'kysely';
import type { CommentsTable, Db } from '../db/schema.js';
import { type Archivable, asPublic, checkNotArchived } from './archive.js';
import { type Actor, type Context, changed, fromJson } from './context.js';
import { requireChallenge } from '../security/challenge.js';
import { noteReply, subscribeToReplies } from './reply-mail.js';

type StoredThread = Omit<Thread, 'commentCount'> & Archivable;
type Row = Selectable<CommentsTable>;

async function readThread(db: Db, threadId: string): Promise<{ thread: StoredThread; commentCount: number }> {
  const row = await db.selectFrom('threads').select(['data', 'comment_count']).where('id', '=', threadId).executeTakeFirst();
  if (!row) throw new NotFoundError(`No thread "${threadId}"`);
  return { thread: fromJson<StoredThread>(row.data), commentCount: row.comment_count };
}

/** A thread as citizens see it (archived is closed). */
export async function getThread(ctx: Context, threadId: string): Promise<Thread> {
  const { thread, commentCount } = await readThread(ctx.db, threadId);
  return { ...asPublic(thread), commentCount, ...(ctx.replyMail ? { replyMail: true } : {}) };
}

/** A thread as stored, archived ones included (with `archivedAt`). */
export async function findThread(ctx: Context, threadId: string): Promise<Thread & Archivable> {
  const { thread, commentCount } = await readThread(ctx.db, threadId);
  return { ...thread, commentCount };
}

/** Comment ids are decimal strings of the row id; one beyond PostgreSQL's serial range names no comment. */
function rowId(commentId: string): number {
  return CommentId.safeParse(commentId).success && Number(commentId) <= 2_147_483_647 ? Number(commentId) : -1;
}

function toComment(row: Row, actor: Actor, upvoted: boolean): Comment {
  return {
    id: String(row.id),
    threadId: row.thread_id,
    parentId: row.parent_id === null ? null : String(row.parent_id),
    depth: row.depth,
    authorName: row.author_name,
    body: row.body,
    lang: row.lang,
    createdAt: new Date(row.created_ms).toISOString(),
    status: row.status as CommentStatus,
    score: row.score,
    replyCount: row.reply_count,
    upvotedByMe: upvoted,
    mine: row.voter !== null && row.voter === actor.voter,
  };
}

/**
 * Keyset pagination: the cursor is the sort key of the last comment served,
 * so comments arriving meanwhile never shift a page or repeat an item.
 */
export async function listComments(ctx: Context, actor: Actor, threadId: string, query: unknown): Promise<CommentPage> {
  const q = parseInput(CommentQuery, query);
  await readThread(ctx.db, threadId);
  const sort = q.sort ?? 'newest';
  const limit = q.limit ?? 20;
  const after = q.cursor === undefined ? null : decodeCursor(q.cursor);
  if (q.cursor !== undefined && !after)
    throw new InvalidInputError('Unknown cursor', { fieldErrors: [{ path: 'cursor', message: 'Unknown cursor' }] });
  const parentId = q.parentId === undefined ? null : (await reachable(ctx.db, threadId, q.parentId)).id;

  let select = ctx.db
    .selectFrom('comments')
    .selectAll()
    .where('thread_id', '=', threadId)
    .where((eb) =>
      eb.or([eb('status', '=', 'published'), eb.and([eb('status', '=', 'pending'), eb('voter', '=', actor.voter)])]),
    );
  select = parentId === null ? select.where('parent_id', 'is', null) : select.where('parent_id', '=', parentId);
  if (after) {
    const [score, ms, id] = after;
    select =
      sort === 'top'
        ? select.where((eb) => eb(eb.refTuple('score', 'created_ms', 'id'), '<', eb.tuple(score, ms, id)))
        : select.where((eb) => eb(eb.refTuple('created_ms', 'id'), sort === 'oldest' ? '>' : '<', eb.tuple(ms, id)));
  }
  const direction = sort === 'oldest' ? 'asc' : 'desc';
  if (sort === 'top') select = select.orderBy('score', 'desc');
  const rows = await select
    .orderBy('created_ms', direction)
    .orderBy('id', direction)
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const mineUpvoted = await upvotedBy(
    ctx.db,
    actor,
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toComment(r, actor, mineUpvoted.has(r.id))),
    nextCursor: rows.length > limit && last ? encodeCursor([sort === 'top' ? last.score : 0, last.created_ms, last.id]) : null,
  };
}

async function upvotedBy(db: Db, actor: Actor, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('upvotes')
    .select('comment_id')
    .where('voter', '=', actor.voter)
    .where('comment_id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.comment_id));
}

export async function postComment(ctx: Context, actor: Actor, threadId: string, input: unknown): Promise<Comment> {
  const data = parseInput(NewComment, input);
  return ctx.transact(async (tx) => {
    const now = tx.now().getTime();
    const { thread } = await readThread(tx.db, threadId);
    checkThreadOpen(asPublic(thread));
    requireChallenge(thread, actor);
    const body = normaliseText(data.body);
    checkLength('body', body, thread.maxLength);
    const parent = data.parentId ? await reachable(tx.db, threadId, data.parentId) : undefined;
    const depth = parent ? parent.depth + 1 : 0;
    const parentId = parent?.id ?? null;
    if (depth > thread.maxDepth) {
      throw new InvalidInputError('Replies cannot be nested this deep', {
        fieldErrors: [{ path: 'parentId', message: 'Too deep' }],
      });
    }
    const status: CommentStatus = thread.moderation === 'pre' ? 'pending' : 'published';
    const name = data.authorName ? normaliseName(data.authorName) : '';
    const row = await tx.db
      .insertInto('comments')
      .values({
        thread_id: threadId,
        parent_id: parentId,
        depth,
        author_name: name || null,
        body,
        lang: data.lang ?? null,
        status,
        voter: actor.voter,
        ip: actor.ip,
        created_ms: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (data.replyEmail && tx.replyMail)
      await subscribeToReplies(tx, thread, {
        threadId,
        commentId: row.id,
        email: data.replyEmail,
        lang: data.lang ?? null,
        sourceUrl: data.sourceUrl ?? null,
      });
    if (status === 'published') {
      await countPublished(tx.db, row, +1);
      await noteReply(tx, row, parent);
      tx.afterCommit(() => announceComment(ctx, row));
    }
    return toComment(row, actor, false);
  });
}

function announceComment(ctx: Context, row: Row): void {
  ctx.hub.publish({
    type: 'thread.comment',
    threadId: row.thread_id,
    commentId: String(row.id),
    parentId: row.parent_id === null ? null : String(row.parent_id),
  });
}

/** Keeps the thread's comment count and the parent's reply count in step with published comments. */
async function countPublished(db: Db, row: Pick<Row, 'thread_id' | 'parent_id'>, delta: 1 | -1): Promise<void> {
  await db
    .updateTable('threads')
    .set((eb) => ({ comment_count: eb('comment_count', '+', delta) }))
    .where('id', '=', row.thread_id)
    .execute();
  if (row.parent_id !== null) {
    await db
      .updateTable('comments')
      .set((eb) => ({ reply_count: eb('reply_count', '+', delta) }))
      .where('id', '=', row.parent_id)
      .execute();
  }
}

/** A comment that can be seen and acted on: published, under published comments only (see core's rule). */
async function reachable(db: Db, threadId: string, commentId: string): Promise<Row> {
  const load = (id: number) =>
    db
      .selectFrom('comments')
      .selectAll()
      .where('id', '=', id)
      .where('thread_id', '=', threadId)
      .executeTakeFirst()
      .then((row) => row && { ...row, parentId: row.parent_id });
  return reachableComment(rowId(commentId), load);
}

export async function setUpvote(
  ctx: Context,
  actor: Actor,
  threadId: string,
  commentId: string,
  upvoted: boolean,
): Promise<CommentScore> {
  return ctx.transact(async (tx) => {
    checkThreadOpen(asPublic((await readThread(tx.db, threadId)).thread));
    const row = await reachable(tx.db, threadId, commentId);
    const result = upvoted
      ? await tx.db
          .insertInto('upvotes')
          .values({ comment_id: row.id, voter: actor.voter })
          .onConflict((oc) => oc.columns(['comment_id', 'voter']).doNothing())
          .executeTakeFirst()
      : await tx.db.deleteFrom('upvotes').where('comment_id', '=', row.id).where('voter', '=', actor.voter).executeTakeFirst();
    const touched = 'numDeletedRows' in result ? Number(result.numDeletedRows) > 0 : changed(result);
    let score = row.score;
    if (touched) {
      // Counted in the database (score = score ± 1), never from a value read earlier.
      const updated = await tx.db
        .updateTable('comments')
        .set((eb) => ({ score: eb('score', '+', upvoted ? 1 : -1) }))
        .where('id', '=', row.id)
        .returning('score')
        .executeTakeFirstOrThrow();
      score = updated.score;
    }
    return { commentId, score, upvotedByMe: upvoted };
  });
}

/** Reports one network may file in an hour, across all comments: enough for a household, not for a campaign. */
export const REPORTS_PER_NETWORK_PER_HOUR = 20;

/**
 * A participant deletes their own comment: it leaves the thread (removed, the
 * counts follow), and its text, name, language and the links to its author
 * (participant and network hashes) are erased; replies to it stay. Allowed
 * whatever the thread's state: erasure is the author's right. Someone else's
 * comment, or one that does not exist, is `not-found` alike.
 */
export async function deleteOwnComment(ctx: Context, actor: Actor, threadId: string, commentId: string): Promise<void> {
  await ctx.transact(async (tx) => {
    const row = await tx.db
      .selectFrom('comments')
      .select(['id', 'voter'])
      .where('id', '=', rowId(commentId))
      .where('thread_id', '=', threadId)
      .executeTakeFirst();
    if (!row || row.voter === null || row.voter !== actor.voter) throw new NotFoundError('No such comment of yours');
    await moveComment(tx, row.id, 'removed');
    await tx.db
      .updateTable('comments')
      .set({ body: '', author_name: null, lang: null, voter: null, ip: null })
      .where('id', '=', row.id)
      .execute();
  });
}

/**
 * Files a report. A comment is hidden pending review once open reports (those
 * made since a moderator's last decision on it) come from `reportThreshold`
 * distinct networks: fresh participant tokens from one network count once, so
 * one person cannot hide a comment alone, nor hide again one a moderator approved.
 */
export async function reportComment(
  ctx: Context,
  actor: Actor,
  threadId: string,
  commentId: string,
  input: unknown,
): Promise<void> {
  const data = parseInput(ReportInput, input);
  await ctx.transact(async (tx) => {
    const now = tx.now().getTime();
    const { thread } = await readThread(tx.db, threadId);
    checkThreadOpen(asPublic(thread));
    const row = await reachable(tx.db, threadId, commentId);
    if (actor.ip !== null) {
      const { n } = await tx.db
        .selectFrom('reports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('ip', '=', actor.ip)
        .where('created_ms', '>', now - 3_600_000)
        .executeTakeFirstOrThrow();
      if (Number(n) >= REPORTS_PER_NETWORK_PER_HOUR)
        throw new RateLimitedError('Too many reports from this network; a moderator will look at those already made', {
          retryAfter: 600,
        });
    }
    const inserted = await tx.db
      .insertInto('reports')
      .values({
        comment_id: row.id,
        voter: actor.voter,
        ip: actor.ip,
        reason: data.reason,
        note: data.note ? normaliseText(data.note) : null,
        created_ms: now,
      })
      .onConflict((oc) => oc.columns(['comment_id', 'voter']).doNothing())
      .executeTakeFirst();
    if (!changed(inserted)) throw new AlreadyDoneError('You have already reported this comment');
    await tx.db
      .updateTable('comments')
      .set((eb) => ({ report_count: eb('report_count', '+', 1) }))
      .where('id', '=', row.id)
      .execute();
    // Reports without a known network (none today: the server always has an address) count per participant.
    const { networks } = await tx.db
      .selectFrom('reports')
      .select((eb) => eb.fn.count<number>(eb.fn.coalesce('ip', 'voter')).distinct().as('networks'))
      .where('comment_id', '=', row.id)
      .where('settled_ms', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(networks) >= thread.reportThreshold) await moveComment(tx, row.id, 'hidden');
  });
}

/**
 * Changes a comment's status, keeping the published counters exact. The row
 * is read again (and locked, on PostgreSQL) here, so two concurrent moves
 * cannot both count from the same old status.
 */
async function moveComment(tx: Context, commentId: number, status: CommentStatus): Promise<Row | undefined> {
  let query = tx.db.selectFrom('comments').selectAll().where('id', '=', commentId);
  if (tx.dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row || row.status === status) return row;
  await tx.db.updateTable('comments').set({ status }).where('id', '=', row.id).execute();
  if (row.status === 'published') await countPublished(tx.db, row, -1);
  if (status === 'published') await countPublished(tx.db, row, +1);
  return row;
}

// ------------------------------------------------------------------ admin

export async function createThread(ctx: Context, input: unknown): Promise<Thread> {
  const { comments, ...thread } = parseInput(ThreadDefinition, input);
  return ctx.transact(async (tx) => {
    const inserted = await tx.db
      .insertInto('threads')
      .values({ id: thread.id, data: JSON.stringify(thread), comment_count: 0, created_ms: tx.now().getTime() })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (!changed(inserted))
      throw new AlreadyDoneError(`A thread "${thread.id}" already exists`, { fieldErrors: [{ path: 'id', message: 'Taken' }] });
    // Seeded comments keep their order; ids in the definition map to new row ids.
    const ids = new Map<string, { id: number; depth: number }>();
    const start = tx.now().getTime() - comments.length * 60_000;
    for (const [i, c] of comments.entries()) {
      const parent = c.parentId === null ? null : ids.get(c.parentId);
      if (c.parentId !== null && !parent) throw new InvalidInputError(`Unknown parent "${c.parentId}"`);
      const row = await tx.db
        .insertInto('comments')
        .values({
          thread_id: thread.id,
          parent_id: parent?.id ?? null,
          depth: parent ? parent.depth + 1 : 0,
          author_name: c.authorName,
          body: normaliseText(c.body),
          lang: c.lang,
          status: c.status,
          voter: null,
          ip: null,
          created_ms: c.createdAt ? Date.parse(c.createdAt) : start + i * 60_000,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      ids.set(c.id, { id: row.id, depth: row.depth });
      if (row.status === 'published') await countPublished(tx.db, row, +1);
    }
    return findThread(tx, thread.id);
  });
}

export async function updateThread(ctx: Context, threadId: string, input: unknown): Promise<Thread> {
  const { comments: _ignored, ...thread } = parseInput(ThreadDefinition, { ...(input as object), id: threadId });
  return writeThread(ctx, threadId, () => thread);
}

export async function setThreadStatus(ctx: Context, threadId: string, status: Thread['status']): Promise<Thread> {
  return writeThread(ctx, threadId, (thread) => ({ ...thread, status }));
}

async function writeThread(ctx: Context, threadId: string, next: (thread: StoredThread) => StoredThread): Promise<Thread> {
  return ctx.transact(async (tx) => {
    const { thread } = await readThread(tx.db, threadId);
    checkNotArchived(thread, 'discussion');
    await tx.db
      .updateTable('threads')
      .set({ data: JSON.stringify(next(thread)) })
      .where('id', '=', threadId)
      .execute();
    return findThread(tx, threadId);
  });
}

export async function listThreads(ctx: Context): Promise<(Thread & Archivable)[]> {
  const rows = await ctx.db.selectFrom('threads').select(['data', 'comment_count']).orderBy('created_ms', 'desc').execute();
  return rows.map((r) => ({ ...fromJson<StoredThread>(r.data), commentCount: r.comment_count }));
}

/** The moderation queue: pending comments, and hidden or reported ones awaiting review. */
export async function moderationQueue(ctx: Context, kind: 'pending' | 'reported') {
  let q = ctx.db.selectFrom('comments').selectAll().orderBy('created_ms', 'asc').limit(500);
  q =
    kind === 'pending'
      ? q.where('status', '=', 'pending')
      : q.where('report_count', '>', 0).where('status', 'in', ['published', 'hidden']);
  const rows = await q.execute();
  const reports = rows.length
    ? await ctx.db
        .selectFrom('reports')
        .select(['comment_id', 'reason', 'note'])
        .where(
          'comment_id',
          'in',
          rows.map((r) => r.id),
        )
        .where('settled_ms', 'is', null)
        .execute()
    : [];
  return rows.map((r) => ({
    id: String(r.id),
    threadId: r.thread_id,
    parentId: r.parent_id === null ? null : String(r.parent_id),
    authorName: r.author_name,
    body: r.body,
    lang: r.lang,
    status: r.status,
    score: r.score,
    reportCount: r.report_count,
    reports: reports.filter((x) => x.comment_id === r.id).map((x) => ({ reason: x.reason, note: x.note })),
    createdAt: new Date(r.created_ms).toISOString(),
  }));
}

/**
 * approve → published, hide → hidden, remove → removed. Each decision settles
 * the comment's open reports: they are kept, but no longer put it in the queue
 * nor count towards hiding it; a report made after the decision does.
 */
export async function moderate(
  ctx: Context,
  commentId: string,
  action: 'approve' | 'hide' | 'remove',
): Promise<{ id: string; status: CommentStatus }> {
  const status: CommentStatus = action === 'approve' ? 'published' : action === 'hide' ? 'hidden' : 'removed';
  return ctx.transact(async (tx) => {
    const before = await moveComment(tx, rowId(commentId), status);
    if (!before) throw new NotFoundError(`No comment "${commentId}"`);
    // The comment is locked (moveComment): a concurrent report commits before this (settled) or after (open).
    await tx.db
      .updateTable('reports')
      .set({ settled_ms: tx.now().getTime() })
      .where('comment_id', '=', before.id)
      .where('settled_ms', 'is', null)
      .execute();
    await tx.db.updateTable('comments').set({ report_count: 0 }).where('id', '=', before.id).execute();
    if (status === 'published' && before.status !== 'published') {
      await noteReply(tx, before);
      tx.afterCommit(() => announceComment(ctx, before));
    }
    return { id: commentId, status };
  });
}

export async function exportComments(ctx: Context, threadId?: string) {
  let q = ctx.db.selectFrom('comments').selectAll().orderBy('created_ms');
  if (threadId) q = q.where('thread_id', '=', threadId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: String(r.id),
    threadId: r.thread_id,
    parentId: r.parent_id === null ? '' : String(r.parent_id),
    authorName: r.author_name ?? '',
    body: r.body,
    language: r.lang ?? '',
    status: r.status,
    score: r.score,
    replies: r.reply_count,
    reports: r.report_count,
    createdAt: new Date(r.created_ms).toISOString(),
  }));
}
