import {
  AlreadyDoneError,
  ClosedError,
  InvalidInputError,
  NotFoundError,
  type Poll,
  PollDefinition,
  type PollResults,
  type PollView,
  VoteInput,
  canSeeResults,
  checkChoices,
  parseInput,
  phaseOf,
} from '@civic-widgets/core';
import type { Db } from '../db/schema.js';
import { type Archivable, asPublic, checkNotArchived } from './archive.js';
import { type Actor, type Context, changed, fromJson } from './context.js';
import { noteClosing } from './retention.js';

type StoredPoll = Poll & Archivable;

async function readPoll(db: Db, pollId: string, includeDraft = false): Promise<StoredPoll> {
  const row = await db.selectFrom('polls').select('data').where('id', '=', pollId).executeTakeFirst();
  const poll = row && fromJson<StoredPoll>(row.data);
  if (!poll || (!includeDraft && poll.status === 'draft')) throw new NotFoundError(`No poll "${pollId}"`);
  return poll;
}

/*
 * Counts live in `poll_tallies`, spread over shards (see the table's comment):
 * a vote adds to its participant's shard; reading sums the shards. SQLite has
 * one writer at a time, so there shards would only make reads longer.
 */
const SHARDS: Record<Context['dialect'], number> = { postgres: 16, sqlite: 1 };
/** The tally key that counts participants (option ids are never empty). */
const PARTICIPANTS = '';

function shardOf(ctx: Context, voter: string): number {
  let hash = 0;
  for (let i = 0; i < voter.length; i++) hash = (hash * 31 + voter.charCodeAt(i)) >>> 0;
  return hash % SHARDS[ctx.dialect];
}

/** Adds `deltas` (by tally key) to one shard, in key order so concurrent writers lock rows alike. */
async function addToTally(ctx: Context, pollId: string, voter: string, deltas: Map<string, number>): Promise<void> {
  const shard = shardOf(ctx, voter);
  const rows = [...deltas]
    .filter(([, delta]) => delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, delta]) => ({ poll_id: pollId, option_id: key, shard, count: delta }));
  if (rows.length === 0) return;
  await ctx.db
    .insertInto('poll_tallies')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['poll_id', 'option_id', 'shard'])
        .doUpdateSet((eb) => ({ count: eb('poll_tallies.count', '+', eb.ref('excluded.count')) })),
    )
    .execute();
}

/** A poll's counts, summed over shards (also the console's results dashboard). */
export async function results(db: Db, poll: Poll): Promise<PollResults> {
  const rows = await db
    .selectFrom('poll_tallies')
    .select((eb) => ['option_id', eb.fn.sum<number | string>('count').as('count')])
    .where('poll_id', '=', poll.id)
    .groupBy('option_id')
    .execute();
  // PostgreSQL sums integers as bigint, which arrives as a string.
  const byKey = new Map(rows.map((r) => [r.option_id, Number(r.count)]));
  return {
    counts: poll.options.map((o) => ({ optionId: o.id, count: byKey.get(o.id) ?? 0 })),
    totalParticipants: byKey.get(PARTICIPANTS) ?? 0,
  };
}

/** What a participant sees; staff previews (`includeDraft`) also see drafts. */
export async function getPollView(ctx: Context, actor: Actor, pollId: string, includeDraft = false): Promise<PollView> {
  const poll = asPublic(await readPoll(ctx.db, pollId, includeDraft));
  const ballot = await ctx.db
    .selectFrom('ballots')
    .select('choices')
    .where('poll_id', '=', pollId)
    .where('voter', '=', actor.voter)
    .executeTakeFirst();
  const myVote = ballot ? fromJson<string[]>(ballot.choices) : null;
  const visible = canSeeResults(poll, myVote !== null, ctx.now());
  return { poll, results: visible ? await results(ctx.db, poll) : null, myVote };
}

/**
 * Casts or changes a vote in one transaction. The ballots primary key makes
 * "one vote per participant" a database rule: of concurrent first votes from
 * one participant exactly one inserts; the others see the conflict. The new
 * results are read in the same transaction, so the answer is consistent, and
 * announced only once committed.
 */
export async function vote(ctx: Context, actor: Actor, pollId: string, input: unknown): Promise<PollView> {
  const { choices } = parseInput(VoteInput, input);
  return ctx.transact(async (tx) => {
    const now = tx.now();
    const poll = asPublic(await readPoll(tx.db, pollId));
    const phase = phaseOf(poll, now);
    if (phase !== 'open') throw new ClosedError(phase === 'upcoming' ? 'This poll is not open yet' : 'This poll is closed');
    checkChoices(poll, choices);
    const inserted = await tx.db
      .insertInto('ballots')
      .values({
        poll_id: pollId,
        voter: actor.voter,
        choices: JSON.stringify(choices),
        ip: actor.ip,
        created_ms: now.getTime(),
        updated_ms: now.getTime(),
      })
      .onConflict((oc) => oc.columns(['poll_id', 'voter']).doNothing())
      .executeTakeFirst();
    let deltas: Map<string, number>;
    if (changed(inserted)) {
      deltas = new Map([[PARTICIPANTS, 1], ...choices.map((c) => [c, 1] as const)]);
    } else {
      if (!poll.allowChange) throw new AlreadyDoneError('You have already voted in this poll');
      // The ballot is locked until commit: a concurrent change from the same participant
      // waits here and then reads this one's choices, so each change is counted from the
      // ballot it really replaces. (SQLite runs one writer at a time and has no FOR UPDATE.)
      let previousQuery = tx.db
        .selectFrom('ballots')
        .select('choices')
        .where('poll_id', '=', pollId)
        .where('voter', '=', actor.voter);
      if (tx.dialect === 'postgres') previousQuery = previousQuery.forUpdate();
      const previous = await previousQuery.executeTakeFirstOrThrow();
      await tx.db
        .updateTable('ballots')
        .set({ choices: JSON.stringify(choices), updated_ms: now.getTime(), ip: actor.ip })
        .where('poll_id', '=', pollId)
        .where('voter', '=', actor.voter)
        .execute();
      deltas = new Map<string, number>();
      for (const c of fromJson<string[]>(previous.choices)) deltas.set(c, (deltas.get(c) ?? 0) - 1);
      for (const c of choices) deltas.set(c, (deltas.get(c) ?? 0) + 1);
    }
    await addToTally(tx, pollId, actor.voter, deltas);
    const tally = await results(tx.db, poll);
    tx.afterCommit(() => announceResults(ctx, poll.id));
    return { poll, results: canSeeResults(poll, true, now) ? tally : null, myVote: choices };
  });
}

/** Live results go out at most every 250 ms per poll across all instances, counted afresh as they go out (see live/coalesce.ts). */
const THROTTLE_MS = 250;

function announceResults(ctx: Context, pollId: string): void {
  ctx.hub.publishLatest(
    `poll:${pollId}`,
    async (db) => {
      const poll = await readPoll(db, pollId, true).catch(() => null);
      if (!poll) return null;
      return { type: 'poll.results', pollId, results: poll.resultsVisibility === 'always' ? await results(db, poll) : null };
    },
    THROTTLE_MS,
  );
}

// ------------------------------------------------------------------ admin

/** A poll as stored, drafts and archived ones included (with `archivedAt`). */
export function findPoll(ctx: Context, pollId: string): Promise<StoredPoll> {
  return readPoll(ctx.db, pollId, true);
}

/** Normalises a definition into the stored poll (maxChoices is 1 in single mode). */
export function pollFromDefinition(input: unknown): Poll {
  const def = parseInput(PollDefinition, input);
  const ids = def.options.map((o) => o.id);
  if (new Set(ids).size !== ids.length)
    throw new InvalidInputError('Option ids must be unique', { fieldErrors: [{ path: 'options', message: 'Duplicate id' }] });
  const maxChoices = def.mode === 'single' ? 1 : Math.min(def.maxChoices ?? def.options.length, def.options.length);
  return { ...def, maxChoices };
}

export async function createPoll(ctx: Context, input: unknown): Promise<Poll> {
  const poll = pollFromDefinition(input);
  await ctx.transact(async (tx) => {
    const inserted = await tx.db
      .insertInto('polls')
      .values({ id: poll.id, data: JSON.stringify(poll), created_ms: tx.now().getTime() })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (!changed(inserted))
      throw new AlreadyDoneError(`A poll "${poll.id}" already exists`, { fieldErrors: [{ path: 'id', message: 'Taken' }] });
  });
  return poll;
}

/** Replaces a poll's definition. Options can change only before anyone voted. */
export async function updatePoll(ctx: Context, pollId: string, input: unknown): Promise<Poll> {
  const next = pollFromDefinition({ ...(input as object), id: pollId });
  await ctx.transact(async (tx) => {
    const poll = await readPoll(tx.db, pollId, true);
    checkNotArchived(poll, 'poll');
    const sameOptions = JSON.stringify(poll.options.map((o) => o.id)) === JSON.stringify(next.options.map((o) => o.id));
    if (!sameOptions && (await results(tx.db, poll)).totalParticipants > 0) {
      throw new InvalidInputError('Options cannot change after voting started', {
        fieldErrors: [{ path: 'options', message: 'Locked' }],
      });
    }
    await tx.db
      .updateTable('polls')
      .set({ data: JSON.stringify(next) })
      .where('id', '=', pollId)
      .execute();
    await noteClosing(tx, 'polls', pollId, next, !poll.allowChange);
    if (!sameOptions) await tx.db.deleteFrom('poll_tallies').where('poll_id', '=', pollId).execute();
  });
  return next;
}

export async function setPollStatus(ctx: Context, pollId: string, status: Poll['status']): Promise<Poll> {
  return ctx.transact(async (tx) => {
    const poll = await readPoll(tx.db, pollId, true);
    checkNotArchived(poll, 'poll');
    const next = { ...poll, status };
    await tx.db
      .updateTable('polls')
      .set({ data: JSON.stringify(next) })
      .where('id', '=', pollId)
      .execute();
    await noteClosing(tx, 'polls', pollId, next, !poll.allowChange);
    return next;
  });
}

export async function listPolls(ctx: Context): Promise<(StoredPoll & { participants: number })[]> {
  const rows = await ctx.db.selectFrom('polls').select('data').orderBy('created_ms', 'desc').execute();
  const sums = await ctx.db
    .selectFrom('poll_tallies')
    .select((eb) => ['poll_id', eb.fn.sum<number | string>('count').as('count')])
    .where('option_id', '=', PARTICIPANTS)
    .groupBy('poll_id')
    .execute();
  const participants = new Map(sums.map((r) => [r.poll_id, Number(r.count)]));
  return rows.map((r) => {
    const poll = fromJson<StoredPoll>(r.data);
    return { ...poll, participants: participants.get(poll.id) ?? 0 };
  });
}

export async function exportVotes(ctx: Context, pollId?: string) {
  let q = ctx.db.selectFrom('ballots').select(['poll_id', 'choices', 'created_ms', 'updated_ms']).orderBy('created_ms');
  if (pollId) q = q.where('poll_id', '=', pollId);
  const rows = await q.execute();
  return rows.map((r) => ({
    pollId: r.poll_id,
    choices: fromJson<string[]>(r.choices).join(' '),
    votedAt: new Date(r.created_ms).toISOString(),
    changedAt: new Date(r.updated_ms).toISOString(),
  }));
}
