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
import { type Actor, type Context, changed, fromJson } from './context.js';

async function readPoll(db: Db, pollId: string, includeDraft = false): Promise<Poll> {
  const row = await db.selectFrom('polls').select('data').where('id', '=', pollId).executeTakeFirst();
  const poll = row && fromJson<Poll>(row.data);
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
async function addToTally(ctx: Context, db: Db, pollId: string, voter: string, deltas: Map<string, number>): Promise<void> {
  const shard = shardOf(ctx, voter);
  const rows = [...deltas]
    .filter(([, delta]) => delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, delta]) => ({ poll_id: pollId, option_id: key, shard, count: delta }));
  if (rows.length === 0) return;
  await db
    .insertInto('poll_tallies')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['poll_id', 'option_id', 'shard'])
        .doUpdateSet((eb) => ({ count: eb('poll_tallies.count', '+', eb.ref('excluded.count')) })),
    )
    .execute();
}

async function results(db: Db, poll: Poll): Promise<PollResults> {
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

export async function getPollView(ctx: Context, actor: Actor, pollId: string): Promise<PollView> {
  const poll = await readPoll(ctx.db, pollId);
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
 * results are read in the same transaction, so the answer is consistent.
 */
export async function vote(ctx: Context, actor: Actor, pollId: string, input: unknown): Promise<PollView> {
  const { choices } = parseInput(VoteInput, input);
  const now = ctx.now();
  const { poll, tally } = await ctx.transact(async (trx) => {
    const poll = await readPoll(trx, pollId);
    const phase = phaseOf(poll, now);
    if (phase !== 'open') throw new ClosedError(phase === 'upcoming' ? 'This poll is not open yet' : 'This poll is closed');
    checkChoices(poll, choices);
    const inserted = await trx
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
    if (changed(inserted)) {
      await addToTally(ctx, trx, pollId, actor.voter, new Map([[PARTICIPANTS, 1], ...choices.map((c) => [c, 1] as const)]));
      return { poll, tally: await results(trx, poll) };
    }
    if (!poll.allowChange) throw new AlreadyDoneError('You have already voted in this poll');
    const previous = await trx
      .selectFrom('ballots')
      .select('choices')
      .where('poll_id', '=', pollId)
      .where('voter', '=', actor.voter)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('ballots')
      .set({ choices: JSON.stringify(choices), updated_ms: now.getTime(), ip: actor.ip })
      .where('poll_id', '=', pollId)
      .where('voter', '=', actor.voter)
      .execute();
    const deltas = new Map<string, number>();
    for (const c of fromJson<string[]>(previous.choices)) deltas.set(c, (deltas.get(c) ?? 0) - 1);
    for (const c of choices) deltas.set(c, (deltas.get(c) ?? 0) + 1);
    await addToTally(ctx, trx, pollId, actor.voter, deltas);
    return { poll, tally: await results(trx, poll) };
  });
  announceResults(ctx, poll, tally);
  return { poll, results: canSeeResults(poll, true, now) ? tally : null, myVote: choices };
}

/*
 * Live results are coalesced per poll: at most one event every 250 ms, always
 * with the latest counts, so a busy poll does not flood subscribers.
 */
const THROTTLE_MS = 250;
const pending = new Map<string, { results: PollResults | null; timer: ReturnType<typeof setTimeout> | null; last: number }>();

function announceResults(ctx: Context, poll: Poll, tally: PollResults): void {
  const results = poll.resultsVisibility === 'always' ? tally : null;
  const key = poll.id;
  const entry = pending.get(key) ?? { results, timer: null, last: 0 };
  entry.results = results;
  pending.set(key, entry);
  if (entry.timer) return;
  const wait = Math.max(0, entry.last + THROTTLE_MS - Date.now());
  entry.timer = setTimeout(() => {
    entry.timer = null;
    entry.last = Date.now();
    ctx.hub.publish({ type: 'poll.results', pollId: key, results: entry.results });
  }, wait);
  entry.timer.unref?.();
}

// ------------------------------------------------------------------ admin

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
  await ctx.transact(async (trx) => {
    const inserted = await trx
      .insertInto('polls')
      .values({ id: poll.id, data: JSON.stringify(poll), created_ms: ctx.now().getTime() })
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
  await ctx.transact(async (trx) => {
    const poll = await readPoll(trx, pollId, true);
    const sameOptions = JSON.stringify(poll.options.map((o) => o.id)) === JSON.stringify(next.options.map((o) => o.id));
    if (!sameOptions && (await results(trx, poll)).totalParticipants > 0) {
      throw new InvalidInputError('Options cannot change after voting started', {
        fieldErrors: [{ path: 'options', message: 'Locked' }],
      });
    }
    await trx
      .updateTable('polls')
      .set({ data: JSON.stringify(next) })
      .where('id', '=', pollId)
      .execute();
    if (!sameOptions) await trx.deleteFrom('poll_tallies').where('poll_id', '=', pollId).execute();
  });
  return next;
}

export async function setPollStatus(ctx: Context, pollId: string, status: Poll['status']): Promise<Poll> {
  const poll = await readPoll(ctx.db, pollId, true);
  const next = { ...poll, status };
  await ctx.db
    .updateTable('polls')
    .set({ data: JSON.stringify(next) })
    .where('id', '=', pollId)
    .execute();
  return next;
}

export async function listPolls(ctx: Context): Promise<(Poll & { participants: number })[]> {
  const rows = await ctx.db.selectFrom('polls').select('data').orderBy('created_ms', 'desc').execute();
  const sums = await ctx.db
    .selectFrom('poll_tallies')
    .select((eb) => ['poll_id', eb.fn.sum<number | string>('count').as('count')])
    .where('option_id', '=', PARTICIPANTS)
    .groupBy('poll_id')
    .execute();
  const participants = new Map(sums.map((r) => [r.poll_id, Number(r.count)]));
  return rows.map((r) => {
    const poll = fromJson<Poll>(r.data);
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
