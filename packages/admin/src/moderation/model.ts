/*
 * The moderation page's model, without any UI: what the queue and a thread's
 * comments are made of, merging what each poll brings into what is shown
 * (keyed by id, decided comments kept out unless reported again), and the
 * keyboard shortcuts (which key does what, and never while typing). Tested in
 * Node (test/console-moderation.test.ts).
 */

import { CommentStatus, ReportReason } from '@civic-widgets/core';

export type { CommentStatus, ReportReason };
// The protocol's own lists (core), so the console's filters and labels follow any change to them.
export const REPORT_REASONS: readonly ReportReason[] = ReportReason.options;
export const STATUSES: readonly CommentStatus[] = CommentStatus.options;

export interface AdminComment {
  id: string;
  threadId: string;
  parentId: string | null;
  depth: number;
  authorName: string | null;
  body: string;
  /** The language it was written in; `null` when not known. */
  lang: string | null;
  status: CommentStatus;
  score: number;
  replyCount: number;
  reportCount: number;
  /** Newest first. */
  reports: { reason: ReportReason; note: string | null; at: string }[];
  /** Most frequent first. */
  reasonCounts: { reason: ReportReason; count: number }[];
  lastReportedAt: string | null;
  /** Reports settled by earlier decisions (kept for the record). */
  settledReportCount: number;
  createdAt: string;
  participantKnown: boolean;
  networkKnown: boolean;
}

export interface CommentPage {
  items: AdminComment[];
  nextCursor: string | null;
}

export interface QueuePage extends CommentPage {
  counts: { pending: number; reported: number };
  nextSince: string;
}

export interface SameAuthorPage extends CommentPage {
  known: boolean;
}

export interface Block {
  id: number;
  kind: 'participant' | 'network';
  reason: string;
  commentId: string | null;
  threadId: string | null;
  createdBy: string | null;
  createdAt: string;
  until: string;
  liftedAt: string | null;
  liftedBy: string | null;
  active: boolean;
}

export type QueueKind = 'all' | 'pending' | 'reported';
export const QUEUE_KINDS: readonly QueueKind[] = ['all', 'pending', 'reported'];
export type Sort = 'oldest' | 'newest';

export type Decision = 'approve' | 'hide' | 'remove';
export const DECISIONS: readonly Decision[] = ['approve', 'hide', 'remove'];
/** The status each decision leaves a comment in. */
export const DECIDED_STATUS: Record<Decision, CommentStatus> = { approve: 'published', hide: 'hidden', remove: 'removed' };

/** How often the queue asks for new items while the page is visible. */
export const POLL_MS = 20_000;

/** Block lengths offered, in hours: an hour, a day, a week, 30 days, a year. */
export const BLOCK_HOURS = [1, 24, 168, 720, 8760] as const;

/**
 * Adds what a poll brought to the items shown: new ids join (at the end for
 * oldest first, at the top for newest first), known ones are refreshed in
 * place, and comments decided here stay out unless reported again since.
 * Returns the new list and how many joined.
 */
export function mergeQueue(
  shown: readonly AdminComment[],
  incoming: readonly AdminComment[],
  sort: Sort,
  decided: ReadonlyMap<string, number>,
): { items: AdminComment[]; added: AdminComment[] } {
  const byId = new Map(incoming.map((c) => [c.id, c]));
  const items = shown.map((c) => byId.get(c.id) ?? c);
  const have = new Set(shown.map((c) => c.id));
  const added = incoming.filter((c) => {
    if (have.has(c.id)) return false;
    const at = decided.get(c.id);
    return at === undefined || (c.lastReportedAt !== null && Date.parse(c.lastReportedAt) > at);
  });
  // One comment can come twice in an answer's overlap: keep the first.
  const unique = added.filter((c, i) => added.findIndex((d) => d.id === c.id) === i);
  return { items: sort === 'oldest' ? [...items, ...unique] : [...unique, ...items], added: unique };
}

/** What a shortcut does. */
export type Shortcut = 'next' | 'previous' | Decision | 'select';

const KEYS: Record<string, Shortcut> = {
  j: 'next',
  k: 'previous',
  ArrowDown: 'next',
  ArrowUp: 'previous',
  a: 'approve',
  h: 'hide',
  r: 'remove',
  x: 'select',
};

/** What the focus is on, as far as shortcuts care. */
export interface FocusTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  /** The focus is on a queue item itself (arrow keys move only from there: elsewhere they scroll). */
  isItem?: boolean;
  /** The focus is inside an open dialog. */
  inDialog?: boolean;
}

const NOT_TYPING = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image', 'range']);

/** Whether keys typed at `target` are text (a text field, a list, an editable region). */
export function isTyping(target: FocusTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TYPING.has((target.type ?? 'text').toLowerCase());
}

/**
 * The shortcut a key press means, or null: never with Ctrl, Alt or Meta, never
 * while composing or typing in a field, never in a dialog; arrows only from an item.
 */
export function shortcutFor(
  event: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean; isComposing?: boolean },
  target: FocusTarget | null,
): Shortcut | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return null;
  if (isTyping(target) || target?.inDialog) return null;
  const shortcut = KEYS[event.key];
  if (!shortcut) return null;
  if (event.key.startsWith('Arrow') && !target?.isItem) return null;
  return shortcut;
}

/** The position to move to from `current` (-1: none yet) among `count` items. */
export function step(current: number, count: number, shortcut: 'next' | 'previous'): number {
  if (count === 0) return -1;
  if (current < 0) return shortcut === 'next' ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + (shortcut === 'next' ? 1 : -1)));
}
