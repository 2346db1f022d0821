import { AlreadyDoneError, InvalidInputError, NotFoundError, UnauthorisedError, normaliseText } from '@civic-widgets/core';
import type { Selectable } from 'kysely';
import type { BlocksTable } from '../db/schema-console.js';
import { type Actor, type Context } from './context.js';
import { commentRowId } from './moderation.js';

/*
 * Blocks: a participant (the keyed hash of their token) or a network (the
 * keyed hash of their truncated address) may not vote, comment, report,
 * upvote, sign or rate until a time. Moderators make them from a comment, or
 * for a network from the petition abuse watch; the hashes never leave the
 * server for participants, and networks are named by the keyed hash the
 * audit log and the abuse watch already show.
 */

export type BlockKind = 'participant' | 'network';

export interface BlockView {
  id: number;
  kind: BlockKind;
  reason: string;
  /** The comment the block was made from, when it was. */
  commentId: string | null;
  threadId: string | null;
  createdBy: string | null;
  createdAt: string;
  until: string;
  liftedAt: string | null;
  liftedBy: string | null;
  /** Not lifted and not yet over. */
  active: boolean;
}

export interface NewBlock {
  kind: BlockKind;
  /** Block the author (participant) or the network of this comment… */
  commentId?: string | undefined;
  /** …or this network (a network's keyed hash, from the abuse watch). */
  network?: string | undefined;
  hours: number;
  reason: string;
}

type Row = Selectable<BlocksTable>;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function view(row: Row, now: number): BlockView {
  return {
    id: row.id,
    kind: row.kind as BlockKind,
    reason: row.reason,
    commentId: row.comment_id === null ? null : String(row.comment_id),
    threadId: row.thread_id,
    createdBy: row.created_by,
    createdAt: iso(row.created_ms)!,
    until: iso(row.until_ms)!,
    liftedAt: iso(row.lifted_ms),
    liftedBy: row.lifted_by,
    active: row.lifted_ms === null && row.until_ms > now,
  };
}

function invalid(path: string, message: string, detail: string): Error {
  return new InvalidInputError(detail, { fieldErrors: [{ path, message }] });
}

/** Blocks a comment's author or network, or a network named by its hash, for `hours`. */
export async function createBlock(ctx: Context, input: NewBlock, by: string | null): Promise<BlockView> {
  if ((input.commentId === undefined) === (input.network === undefined))
    throw invalid('commentId', 'Give a commentId or a network', 'Name what to block: a commentId, or (networks only) a network');
  if (input.network !== undefined && input.kind !== 'network')
    throw invalid('network', 'Only for kind "network"', 'A network hash can only block a network');
  const reason = normaliseText(input.reason);
  return ctx.transact(async (tx) => {
    const now = tx.now().getTime();
    let value: string | null | undefined = input.network;
    let source: { id: number; thread: string } | null = null;
    if (input.commentId !== undefined) {
      const comment = await tx.db
        .selectFrom('comments')
        .select(['id', 'thread_id', 'voter', 'ip'])
        .where('id', '=', commentRowId(input.commentId))
        .executeTakeFirst();
      if (!comment) throw new NotFoundError(`No comment "${input.commentId}"`);
      value = input.kind === 'participant' ? comment.voter : comment.ip;
      source = { id: comment.id, thread: comment.thread_id };
      if (value === null)
        throw invalid(
          'commentId',
          `No ${input.kind} known`,
          `This comment has no ${input.kind === 'participant' ? 'participant' : 'network'} to block (it was imported)`,
        );
    }
    const existing = await tx.db
      .selectFrom('blocks')
      .select(['id', 'until_ms'])
      .where('kind', '=', input.kind)
      .where('value', '=', value!)
      .where('until_ms', '>', now)
      .where('lifted_ms', 'is', null)
      .executeTakeFirst();
    if (existing)
      throw new AlreadyDoneError(
        `Already blocked until ${iso(existing.until_ms)} (block ${existing.id}); lift that block to set another period`,
      );
    const row = await tx.db
      .insertInto('blocks')
      .values({
        kind: input.kind,
        value: value!,
        reason,
        until_ms: now + input.hours * 3_600_000,
        created_by: by,
        created_ms: now,
        comment_id: source?.id ?? null,
        thread_id: source?.thread ?? null,
        lifted_ms: null,
        lifted_by: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    tx.afterCommit(() => ctx.blocks.invalidate());
    return view(row, now);
  });
}

/** Ends a block now. Lifting one that is over or already lifted is `already-done`. */
export async function liftBlock(ctx: Context, id: number, by: string | null): Promise<BlockView> {
  return ctx.transact(async (tx) => {
    const now = tx.now().getTime();
    const row = await tx.db
      .updateTable('blocks')
      .set({ lifted_ms: now, lifted_by: by })
      .where('id', '=', id)
      .where('lifted_ms', 'is', null)
      .where('until_ms', '>', now)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const found = await tx.db.selectFrom('blocks').select('id').where('id', '=', id).executeTakeFirst();
      if (!found) throw new NotFoundError(`No block ${id}`);
      throw new AlreadyDoneError(`Block ${id} is already over or lifted`);
    }
    tx.afterCommit(() => ctx.blocks.invalidate());
    return view(row, now);
  });
}

export async function findBlock(ctx: Context, id: number): Promise<BlockView> {
  const row = await ctx.db.selectFrom('blocks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(`No block ${id}`);
  return view(row, ctx.now().getTime());
}

/** Blocks, newest first: active ones only, or all; `before` pages on (a block id). */
export async function listBlocks(
  ctx: Context,
  filter: { status: 'active' | 'all'; before?: number | undefined; limit: number },
): Promise<BlockView[]> {
  const now = ctx.now().getTime();
  let q = ctx.db.selectFrom('blocks').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.status === 'active') q = q.where('lifted_ms', 'is', null).where('until_ms', '>', now);
  if (filter.before !== undefined) q = q.where('id', '<', filter.before);
  return (await q.execute()).map((row) => view(row, now));
}

/**
 * The active blocks, held in memory: every public write is checked against
 * them, so they are read from the database at most every `ttlMs` (and at once
 * after a change made through this server; other servers sharing the database
 * see it within `ttlMs`). Blocks are few — moderators make them one by one —
 * so all of them fit in two maps.
 */
export class BlockList {
  #until: Map<string, number> | null = null;
  #loadedMs = 0;
  #loading: Promise<Map<string, number>> | null = null;
  #generation = 0;

  constructor(
    private readonly ctx: () => Context,
    private readonly ttlMs = 15_000,
  ) {}

  invalidate(): void {
    this.#until = null;
    this.#generation++;
  }

  /** Throws `unauthorised` (403) when the participant or their network is blocked now. */
  async check(actor: Actor): Promise<void> {
    const until = await this.#load();
    if (until.size === 0) return;
    const now = this.ctx().now().getTime();
    const ends = Math.max(until.get(`participant:${actor.voter}`) ?? 0, actor.ip ? (until.get(`network:${actor.ip}`) ?? 0) : 0);
    if (ends > now) throw new UnauthorisedError(`You cannot take part here until ${new Date(ends).toISOString()}`);
  }

  async #load(): Promise<Map<string, number>> {
    const wall = Date.now();
    if (this.#until && wall - this.#loadedMs <= this.ttlMs) return this.#until;
    const generation = this.#generation;
    this.#loading ??= this.#read().finally(() => (this.#loading = null));
    const until = await this.#loading;
    // A change while reading invalidated what was read: the next check reads again.
    if (generation === this.#generation) {
      this.#until = until;
      this.#loadedMs = wall;
    }
    return until;
  }

  async #read(): Promise<Map<string, number>> {
    const ctx = this.ctx();
    const rows = await ctx.db
      .selectFrom('blocks')
      .select(['kind', 'value', 'until_ms'])
      .where('lifted_ms', 'is', null)
      .where('until_ms', '>', ctx.now().getTime())
      .execute();
    const until = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.kind}:${r.value}`;
      until.set(key, Math.max(until.get(key) ?? 0, Number(r.until_ms)));
    }
    return until;
  }
}
