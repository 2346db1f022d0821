import type { Comment, CommentSort, Thread } from '@civic-widgets/core';

/*
 * What a discussion shows, and the changes one's own actions make to it, as
 * pure functions: no DOM, no lit, so Node tests reach them
 * (test/comments-state.test.ts).
 */

/** The thread and the top-level comments loaded so far. */
export interface Listing {
  thread: Thread;
  items: Comment[];
  nextCursor: string | null;
}

/** The replies loaded for one comment. */
export interface Replies {
  items: Comment[];
  nextCursor: string | null;
}

export interface ThreadState {
  listing: Listing;
  replies: ReadonlyMap<string, Replies>;
  /** Comments whose replies are shown. */
  expanded: ReadonlySet<string>;
}

/**
 * A new comment of ours where the reader expects it: first or last by the
 * sort, a reply under its comment (shown), never twice. Published, it counts
 * in the thread and its parent — unless a live event `counted` it already.
 */
export function insertComment(state: ThreadState, comment: Comment, sort: CommentSort, counted = false): ThreadState {
  const { listing } = state;
  const parentId = comment.parentId;
  const fresh = (items: Comment[]) => !items.some((c) => c.id === comment.id);
  let next: ThreadState;
  if (parentId === null) {
    const items = !fresh(listing.items)
      ? listing.items
      : sort === 'newest'
        ? [comment, ...listing.items]
        : [...listing.items, comment];
    next = { ...state, listing: { ...listing, items } };
  } else {
    const replies = new Map(state.replies);
    const existing = replies.get(parentId) ?? { items: [], nextCursor: null };
    if (fresh(existing.items)) replies.set(parentId, { ...existing, items: [...existing.items, comment] });
    next = { listing, replies, expanded: new Set([...state.expanded, parentId]) };
  }
  return comment.status === 'published' && !counted ? countComment(next, parentId) : next;
}

/** One more published comment: in the thread's count (replies too, as backends count them) and its parent's replies. */
export function countComment(state: ThreadState, parentId: string | null): ThreadState {
  const { listing } = state;
  const next = {
    ...state,
    listing: { ...listing, thread: { ...listing.thread, commentCount: listing.thread.commentCount + 1 } },
  };
  return parentId === null ? next : updateComment(next, parentId, (c) => ({ ...c, replyCount: c.replyCount + 1 }));
}

/** One comment changed wherever it is shown, at the top level or among replies. */
export function updateComment(state: ThreadState, id: string, change: (c: Comment) => Comment): ThreadState {
  const map = (items: Comment[]) => items.map((c) => (c.id === id ? change(c) : c));
  const replies = new Map<string, Replies>();
  for (const [k, v] of state.replies) replies.set(k, { ...v, items: map(v.items) });
  return { ...state, listing: { ...state.listing, items: map(state.listing.items) }, replies };
}
