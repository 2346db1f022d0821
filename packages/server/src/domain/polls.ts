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

async function readPoll(db: Db, pollId: string, includeDraft = false): Promise<{ poll: Poll; participants: number }> {
  const row = await db.selectFrom('polls').select(['data', 'participants']).where('id', '=', pollId).executeTakeFirst();
  const poll = row && fromJson<Poll>(row.data);
  if (!row || !poll || (!includeDraft && poll.status === 'draft')) throw new NotFoundError(`No poll "${pollId}"`);
  return { poll, participants: row.participants };
}

async function results(db: Db, poll: Poll, participants: number): Promise<PollResults> {
  const rows = await db.selectFrom('poll_counts').select(['option_id', 'count']).where('poll_id', '=', poll.id).execute();
  const byOption = new Map(rows.map((r) => [r.option_id, r.count]));
  return {
    counts: poll.options.map((o) => ({ optionId: o.id, count: byOption.get(o.id) ?? 0 })),
    totalParticipants: participants,
  };
}

export async function getPollView(ctx: Context, actor: Actor, pollId: string): Promise<PollView> {
  const { poll, participants } = await readPoll(ctx.db, pollId);
  const ballot = await ctx.db
    .selectFrom('ballots')
    .select('choices')
    .where('poll_id', '=', pollId)
    .where('voter', '=', actor.voter)
    .executeTakeFirst();
  const myVote = ballot ? fromJson<string[]>(ballot.choices) : null;
  const visible = canSeeResults(poll, myVote !== null, ctx.now());
  return { poll, results: visible ? await results(ctx.db, poll, participants) : null, myVote };
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
    const { poll, participants } = await readPoll(trx, pollId);
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
      await adjustCounts(trx, pollId, choices, +1);
      await trx
        .updateTable('polls')
        .set((eb) => ({ participants: eb('participants', '+', 1) }))
        .where('id', '=', pollId)
        .execute();
      return { poll, tally: await results(trx, poll, participants + 1) };
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
    await adjustCounts(trx, pollId, fromJson<string[]>(previous.choices), -1);
    await adjustCounts(trx, pollId, choices, +1);
    return { poll, tally: await results(trx, poll, participants) };
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

async function adjustCounts(db: Db, pollId: string, optionIds: string[], delta: 1 | -1): Promise<void> {
  if (optionIds.length === 0) return;
  await db
    .updateTable('poll_counts')
    .set((eb) => ({ count: eb('count', '+', delta) }))
    .where('poll_id', '=', pollId)
    .where('option_id', 'in', optionIds)
    .execute();
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
      .values({ id: poll.id, data: JSON.stringify(poll), participants: 0, created_ms: ctx.now().getTime() })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (!changed(inserted)) throw new AlreadyDoneError(`A poll "${poll.id}" already exists`);
    await trx
      .insertInto('poll_counts')
      .values(poll.options.map((o) => ({ poll_id: poll.id, option_id: o.id, count: 0 })))
      .execute();
  });
  return poll;
}

/** Replaces a poll's definition. Options can change only before anyone voted. */
export async function updatePoll(ctx: Context, pollId: string, input: unknown): Promise<Poll> {
  const next = pollFromDefinition({ ...(input as object), id: pollId });
  await ctx.transact(async (trx) => {
    const { poll, participants } = await readPoll(trx, pollId, true);
    const sameOptions = JSON.stringify(poll.options.map((o) => o.id)) === JSON.stringify(next.options.map((o) => o.id));
    if (!sameOptions && participants > 0) {
      throw new InvalidInputError('Options cannot change after voting started', {
        fieldErrors: [{ path: 'options', message: 'Locked' }],
      });
    }
    await trx
      .updateTable('polls')
      .set({ data: JSON.stringify(next) })
      .where('id', '=', pollId)
      .execute();
    if (!sameOptions) {
      await trx.deleteFrom('poll_counts').where('poll_id', '=', pollId).execute();
      await trx
        .insertInto('poll_counts')
        .values(next.options.map((o) => ({ poll_id: pollId, option_id: o.id, count: 0 })))
        .execute();
    }
  });
  return next;
}

export async function setPollStatus(ctx: Context, pollId: string, status: Poll['status']): Promise<Poll> {
  const { poll } = await readPoll(ctx.db, pollId, true);
  const next = { ...poll, status };
  await ctx.db
    .updateTable('polls')
    .set({ data: JSON.stringify(next) })
    .where('id', '=', pollId)
    .execute();
  return next;
}

export async function listPolls(ctx: Context): Promise<(Poll & { participants: number })[]> {
  const rows = await ctx.db.selectFrom('polls').select(['data', 'participants']).orderBy('created_ms', 'desc').execute();
  return rows.map((r) => ({ ...fromJson<Poll>(r.data), participants: r.participants }));
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
