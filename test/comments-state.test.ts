/**
 * The changes one's own comments make to a discussion on screen
 * (packages/elements/src/comments/thread-state.ts): pure functions, tested in Node.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Comment } from '@civic-widgets/core';
import { type ThreadState, countComment, insertComment, updateComment } from '../packages/elements/src/comments/thread-state.ts';

const comment = (id: string, patch: Partial<Comment> = {}): Comment => ({
  id,
  parentId: null,
  depth: 0,
  authorName: null,
  body: id,
  createdAt: '2026-11-28T14:00:00.000Z',
  status: 'published',
  score: 0,
  upvotedByMe: false,
  replyCount: 0,
  ...patch,
});

function state(): ThreadState {
  return {
    listing: {
      thread: { id: 't', title: 'T', status: 'open', moderation: 'post', maxLength: 100, maxDepth: 1, commentCount: 2 },
      items: [comment('a', { replyCount: 1 }), comment('b')],
      nextCursor: null,
    },
    replies: new Map([['a', { items: [comment('r', { parentId: 'a', depth: 1 })], nextCursor: null }]]),
    expanded: new Set(),
  };
}

test('a new comment goes first when newest come first, last otherwise, and counts once published', () => {
  const before = state();
  const newest = insertComment(before, comment('n'), 'newest');
  assert.deepEqual(
    newest.listing.items.map((c) => c.id),
    ['n', 'a', 'b'],
  );
  assert.equal(newest.listing.thread.commentCount, 3);
  assert.deepEqual(
    insertComment(before, comment('n'), 'oldest').listing.items.map((c) => c.id),
    ['a', 'b', 'n'],
  );
  assert.equal(insertComment(before, comment('p', { status: 'pending' }), 'top').listing.thread.commentCount, 2);
  assert.equal(before.listing.items.length, 2, 'the state given is left as it was');
});

test('a reply goes last under its comment, which shows its replies and counts one more', () => {
  const next = insertComment(state(), comment('x', { parentId: 'a', depth: 1 }), 'newest');
  assert.deepEqual(
    next.replies.get('a')?.items.map((c) => c.id),
    ['r', 'x'],
  );
  assert.ok(next.expanded.has('a'));
  assert.equal(next.listing.items[0]?.replyCount, 2);
  const pending = insertComment(state(), comment('y', { parentId: 'a', depth: 1, status: 'pending' }), 'newest');
  assert.equal(pending.listing.items[0]?.replyCount, 1, 'a pending reply is not counted');
});

test('a change reaches a comment wherever it is shown', () => {
  const next = updateComment(state(), 'r', (c) => ({ ...c, score: 5 }));
  assert.equal(next.replies.get('a')?.items[0]?.score, 5);
  const top = updateComment(state(), 'b', (c) => ({ ...c, upvotedByMe: true }));
  assert.equal(top.listing.items[1]?.upvotedByMe, true);
});

test('a reply counts in the thread as backends count it; one heard live first is counted once, shown once', () => {
  const reply = comment('x', { parentId: 'a', depth: 1 });
  assert.equal(insertComment(state(), reply, 'newest').listing.thread.commentCount, 3, 'the reply counts in the thread');
  // The live event came first: counted then (countComment) and loaded with the replies.
  const heard = countComment(state(), 'a');
  assert.deepEqual([heard.listing.thread.commentCount, heard.listing.items[0]?.replyCount], [3, 2]);
  const loaded = {
    ...heard,
    replies: new Map([['a', { items: [comment('r', { parentId: 'a', depth: 1 }), reply], nextCursor: null }]]),
  };
  const answered = insertComment(loaded, reply, 'newest', true);
  assert.deepEqual([answered.listing.thread.commentCount, answered.listing.items[0]?.replyCount], [3, 2], 'not counted twice');
  assert.deepEqual(
    answered.replies.get('a')?.items.map((c) => c.id),
    ['r', 'x'],
    'not shown twice',
  );
});
