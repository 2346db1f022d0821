/*
 * Comment threads in the MemoryAdapter: loaded on first use, with the thread schemas.
 */
import type { RequestOptions } from '../adapter.js';
import { InvalidInputError } from '../errors.js';
import { AlreadyDoneError, NotFoundError } from '../errors-more.js';
import { checkLength, checkThreadOpen, reachableComment } from '../rules.js';
import { ThreadDefinition } from '../schemas/definitions/thread.js';
import {
  type Comment,
  type CommentPage,
  CommentQuery,
  type CommentScore,
  NewComment,
  ReportInput,
  type Thread,
} from '../schemas/thread.js';
import { normaliseText } from '../text.js';
import { normaliseName } from '../text-rules.js';
import { parseInput } from '../validate.js';
import { type CursorKey, decodeCursor, encodeCursor } from './cursor.js';
import { parseSeed } from './seed.js';
import type { Backend, MemoryState, StoredComment, StoredThread } from './state.js';

/** Loads the seed's threads; a later definition with the same id replaces an earlier one. */
export function seed(state: MemoryState, definitions: unknown, now: Date): void {
  for (const { comments, ...thread } of parseSeed('threads', ThreadDefinition, definitions)) {
    const depthOf = new Map<string, number>();
    state.threads[thread.id] = {
      thread,
      comments: comments.map((c, i) => {
        const depth = c.parentId === null ? 0 : (depthOf.get(c.parentId) ?? 0) + 1;
        depthOf.set(c.id, depth);
        state.seq += 1;
        return {
          ...c,
          seq: state.seq,
          depth,
          createdAt: c.createdAt ?? new Date(now.getTime() - (comments.length - i) * 60_000).toISOString(),
          author: null,
          upvoters: [],
          reporters: [],
        };
      }),
    };
  }
}

export async function getThread(db: Backend, _me: string, threadId: string, options?: RequestOptions): Promise<Thread> {
  options?.signal?.throwIfAborted();
  const stored = storedThread(db, threadId);
  return { ...structuredClone(stored.thread), commentCount: stored.comments.filter((c) => c.status === 'published').length };
}

export async function listComments(
  db: Backend,
  me: string,
  threadId: string,
  query: CommentQuery = {},
  options?: RequestOptions,
): Promise<CommentPage> {
  options?.signal?.throwIfAborted();
  const q = parseInput(CommentQuery, query);
  const stored = storedThread(db, threadId);
  const sort = q.sort ?? 'newest';
  const limit = q.limit ?? 20;
  const after = q.cursor === undefined ? null : decodeCursor(q.cursor);
  if (q.cursor !== undefined && !after)
    throw new InvalidInputError('Unknown cursor', { fieldErrors: [{ path: 'cursor', message: 'Unknown cursor' }] });
  const parentId = q.parentId ?? null;
  if (parentId !== null) await reachable(db, threadId, parentId);
  const key = (c: StoredComment): CursorKey => [sort === 'top' ? c.upvoters.length : 0, Date.parse(c.createdAt), c.seq];
  const direction = sort === 'oldest' ? 1 : -1;
  const items = stored.comments
    .filter((c) => c.parentId === parentId && visible(me, c))
    .filter((c) => !after || direction * compareKeys(key(c), after) > 0)
    .sort((a, b) => direction * compareKeys(key(a), key(b)));
  const page = items.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((c) => toComment(me, threadId, c, stored.comments)),
    nextCursor: items.length > limit && last ? encodeCursor(key(last)) : null,
  };
}

export async function postComment(
  db: Backend,
  me: string,
  threadId: string,
  input: NewComment,
  options?: RequestOptions,
): Promise<Comment> {
  options?.signal?.throwIfAborted();
  const data = parseInput(NewComment, input);
  const stored = storedThread(db, threadId);
  const { thread } = stored;
  checkThreadOpen(thread);
  const body = normaliseText(data.body);
  checkLength('body', body, thread.maxLength);
  let depth = 0;
  const parentId = data.parentId ?? null;
  if (parentId !== null) {
    const parent = await reachable(db, threadId, parentId);
    depth = parent.depth + 1;
    if (depth > thread.maxDepth) {
      throw new InvalidInputError('Replies cannot be nested this deep', {
        fieldErrors: [{ path: 'parentId', message: 'Too deep' }],
      });
    }
  }
  const name = data.authorName ? normaliseName(data.authorName) : '';
  const comment: StoredComment = {
    id: db.nextId('c'),
    seq: db.state.seq,
    parentId,
    depth,
    authorName: name || null,
    body,
    lang: data.lang ?? null,
    createdAt: db.now().toISOString(),
    status: thread.moderation === 'pre' ? 'pending' : 'published',
    author: me,
    upvoters: [],
    reporters: [],
  };
  stored.comments.push(comment);
  db.changed(
    ...(comment.status === 'published' ? [{ type: 'thread.comment' as const, threadId, commentId: comment.id, parentId }] : []),
  );
  return toComment(me, threadId, comment, stored.comments);
}

export async function setUpvote(
  db: Backend,
  me: string,
  threadId: string,
  commentId: string,
  upvoted: boolean,
  options?: RequestOptions,
): Promise<CommentScore> {
  options?.signal?.throwIfAborted();
  checkThreadOpen(storedThread(db, threadId).thread);
  const comment = await reachable(db, threadId, commentId);
  const has = comment.upvoters.includes(me);
  if (upvoted && !has) comment.upvoters.push(me);
  if (!upvoted && has) comment.upvoters = comment.upvoters.filter((p) => p !== me);
  if (upvoted !== has) db.changed();
  return { commentId, score: comment.upvoters.length, upvotedByMe: upvoted };
}

export async function reportComment(
  db: Backend,
  me: string,
  threadId: string,
  commentId: string,
  input: ReportInput,
  options?: RequestOptions,
): Promise<void> {
  options?.signal?.throwIfAborted();
  parseInput(ReportInput, input);
  const stored = storedThread(db, threadId);
  checkThreadOpen(stored.thread);
  const comment = await reachable(db, threadId, commentId);
  if (comment.reporters.includes(me)) throw new AlreadyDoneError('You have already reported this comment');
  comment.reporters.push(me);
  if (comment.reporters.length >= stored.thread.reportThreshold) comment.status = 'hidden';
  db.changed();
}

/** The participant's own comment leaves the thread, its text and name erased; someone else's is not found. */
export async function deleteComment(
  db: Backend,
  me: string,
  threadId: string,
  commentId: string,
  options?: RequestOptions,
): Promise<void> {
  options?.signal?.throwIfAborted();
  const comment = storedThread(db, threadId).comments.find((c) => c.id === commentId);
  if (!comment || comment.author !== me) throw new NotFoundError('No such comment of yours');
  Object.assign(comment, { status: 'removed', body: '', authorName: null, lang: null, author: null });
  db.changed();
}

function storedThread(db: Backend, threadId: string): StoredThread {
  const stored = db.state.threads[threadId];
  if (!stored) throw new NotFoundError(`No thread "${threadId}"`);
  return stored;
}

function reachable(db: Backend, threadId: string, commentId: string): Promise<StoredComment> {
  const comments = storedThread(db, threadId).comments;
  return reachableComment(commentId, (id) => comments.find((c) => c.id === id));
}

function visible(me: string, c: StoredComment): boolean {
  return c.status === 'published' || (c.status === 'pending' && c.author === me);
}

function toComment(me: string, threadId: string, c: StoredComment, all: StoredComment[]): Comment {
  return {
    id: c.id,
    threadId,
    parentId: c.parentId,
    depth: c.depth,
    authorName: c.authorName,
    body: c.body,
    lang: c.lang,
    createdAt: c.createdAt,
    status: c.status,
    score: c.upvoters.length,
    replyCount: all.filter((r) => r.parentId === c.id && r.status === 'published').length,
    upvotedByMe: c.upvoters.includes(me),
    mine: c.author === me,
  };
}

function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
