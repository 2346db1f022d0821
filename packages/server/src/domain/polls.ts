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
import { participantKey } from '../auth/identity.js';
import type { Db } from '../db/schema.js';
import { type Archivable, asPublic, checkNotArchived } from './archive.js';
import { type Actor, type Context, type Settled, changed, fromJson } from './context.js';
import { noteClosing } from './retention.js';
import { requireChallenge } from '../security/challenge.js';

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

/** Orders keys of several parts, part by part. */
function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** Count changes gathered over a batch of votes, written in one statement. */
class Tally {
  readonly #deltas = new Map<string, { poll_id: string; option_id: string; shard: number; count: number }>();
  constructor(private readonly tx: Context) {}

  /** Adds `delta` to a tally key (an option, or PARTICIPANTS) of the voter's shard. */
  add(pollId: string, voter: string, key: string, delta: number): void {
    const shard = shardOf(this.tx, voter);
    const id = `${pollId}\u0000${key}\u0000${shard}`;
    const row = this.#deltas.get(id) ?? { poll_id: pollId, option_id: key, shard, count: 0 };
    row.count += delta;
    this.#deltas.set(id, row);
  }

  /** Writes the changes, in key order so that concurrent writers lock rows alike. */
  async write(): Promise<void> {
    const rows = [...this.#deltas.values()]
      .filter((r) => r.count !== 0)
      .sort((a, b) => compareKeys([a.poll_id, a.option_id, a.shard], [b.poll_id, b.option_id, b.shard]));
    if (rows.length === 0) return;
    await this.tx.db
      .insertInto('poll_tallies')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['poll_id', 'option_id', 'shard'])
          .doUpdateSet((eb) => ({ count: eb('poll_tallies.count', '+', eb.ref('excluded.count')) })),
      )
      .execute();
  }
}

/** A poll's counts, summed over shards (also the console's results dashboard). */
export async function results(db: Db, poll: Poll): Promise<PollResults> {
  return (await resultsOf(db, [poll])).get(poll.id)!;
}

/** Several polls' counts, read in one statement. */
async function resultsOf(db: Db, polls: readonly Poll[]): Promise<Map<string, PollResults>> {
  const out = new Map<string, PollResults>();
  if (polls.length === 0) return out;
  const rows = await db
    .selectFrom('poll_tallies')
    .select((eb) => ['poll_id', 'option_id', eb.fn.sum<number | string>('count').as('count')])
    .where(
      'poll_id',
      'in',
      polls.map((p) => p.id),
    )
    .groupBy(['poll_id', 'option_id'])
    .execute();
  // PostgreSQL sums integers as bigint, which arrives as a string.
  const byKey = new Map(rows.map((r) => [`${r.poll_id}\u0000${r.option_id}`, Number(r.count)]));
  for (const poll of polls) {
    const count = (key: string) => byKey.get(`${poll.id}\u0000${key}`) ?? 0;
    out.set(poll.id, {
      counts: poll.options.map((o) => ({ optionId: o.id, count: count(o.id) })),
      totalParticipants: count(PARTICIPANTS),
    });
  }
  return out;
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

/** A vote as the HTTP layer hands it over: who, which poll, and the body as sent. */
export interface VoteRequest {
  actor: Actor;
  pollId: string;
  input: unknown;
}

interface Accepted {
  index: number;
  actor: Actor;
  poll: Poll;
  choices: string[];
}

/** Settles what a rule refuses as that vote's error, leaving the others alone. */
function attempt<T>(rule: () => T): Settled<T> {
  try {
    return { ok: true, value: rule() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Casts or changes many votes in the current transaction, a statement for all
 * of them at each step: the polls are read together, the new ballots inserted
 * together, the counts added together and the results read together. A busy
 * poll's votes thus cost a few round trips per batch rather than per vote
 * (see http/write-queue.ts); a single vote is a batch of one. Each vote is
 * judged on its own: a refused one is an `{ ok: false }` entry.
 *
 * The ballots primary key makes "one vote per participant" a database rule:
 * of concurrent first votes from one participant exactly one inserts; the
 * others see the conflict. A participant must appear at most once per call.
 * The new results are read in the same transaction, so each answer is
 * consistent, and announced only once committed.
 */
export async function castVotes(tx: Context, requests: readonly VoteRequest[]): Promise<Settled<PollView>[]> {
  if (requests.length === 0) return [];
  const now = tx.now();
  const out: Settled<PollView>[] = new Array(requests.length);
  const pollIds = [...new Set(requests.map((r) => r.pollId))];
  const rows = await tx.db.selectFrom('polls').select(['id', 'data']).where('id', 'in', pollIds).execute();
  const stored = new Map(rows.map((r) => [r.id, fromJson<StoredPoll>(r.data)]));

  const accepted: Accepted[] = [];
  requests.forEach((request, index) => {
    const checked = attempt(() => {
      const { choices } = parseInput(VoteInput, request.input);
      const found = stored.get(request.pollId);
      if (!found || found.status === 'draft') throw new NotFoundError(`No poll "${request.pollId}"`);
      requireChallenge(found, request.actor);
      const poll = asPublic(found);
      const phase = phaseOf(poll, now);
      if (phase !== 'open') throw new ClosedError(phase === 'upcoming' ? 'This poll is not open yet' : 'This poll is closed');
      checkChoices(poll, choices);
      // A verified participant votes as themselves: one vote per person, whatever the device.
      const actor = { ...request.actor, voter: participantKey(poll.eligibility, request.actor) };
      return { index, actor, poll, choices };
    });
    if (checked.ok) accepted.push(checked.value);
    else out[index] = checked;
  });

  // In one order everywhere, so that concurrent batches lock rows alike.
  accepted.sort((a, b) => compareKeys([a.poll.id, a.actor.voter], [b.poll.id, b.actor.voter]));
  const inserted = new Set<string>();
  if (accepted.length > 0) {
    const created = await tx.db
      .insertInto('ballots')
      .values(
        accepted.map((v) => ({
          poll_id: v.poll.id,
          voter: v.actor.voter,
          choices: JSON.stringify(v.choices),
          ip: v.actor.ip,
          created_ms: now.getTime(),
          updated_ms: now.getTime(),
        })),
      )
      .onConflict((oc) => oc.columns(['poll_id', 'voter']).doNothing())
      .returning(['poll_id', 'voter'])
      .execute();
    for (const row of created) inserted.add(`${row.poll_id}\u0000${row.voter}`);
  }

  const tally = new Tally(tx);
  const counted: Accepted[] = [];
  for (const v of accepted) {
    // A person on two devices may appear twice in one batch: their first vote is the new ballot.
    if (inserted.delete(`${v.poll.id}\u0000${v.actor.voter}`)) {
      tally.add(v.poll.id, v.actor.voter, PARTICIPANTS, 1);
      for (const c of v.choices) tally.add(v.poll.id, v.actor.voter, c, 1);
      counted.push(v);
    } else if (!v.poll.allowChange) {
      out[v.index] = { ok: false, error: new AlreadyDoneError('You have already voted in this poll') };
    } else {
      const previous = await replaceBallot(tx, v);
      for (const c of previous) tally.add(v.poll.id, v.actor.voter, c, -1);
      for (const c of v.choices) tally.add(v.poll.id, v.actor.voter, c, 1);
      counted.push(v);
    }
  }
  await tally.write();

  const polls = new Map(counted.map((v) => [v.poll.id, v.poll]));
  const tallies = await resultsOf(tx.db, [...polls.values()]);
  for (const v of counted) {
    const results = canSeeResults(v.poll, true, now) ? tallies.get(v.poll.id)! : null;
    out[v.index] = { ok: true, value: { poll: v.poll, results, myVote: v.choices } };
  }
  for (const pollId of polls.keys()) tx.afterCommit(() => announceResults(tx, pollId));
  return out;
}

/**
 * Changes a ballot where the poll allows it, and gives back the choices it
 * replaced. The ballot is locked until commit: a concurrent change from the
 * same participant waits here and then reads this one's choices, so each
 * change is counted from the ballot it really replaces. (SQLite runs one
 * writer at a time and has no FOR UPDATE.)
 */
async function replaceBallot(tx: Context, v: Accepted): Promise<string[]> {
  let previousQuery = tx.db
    .selectFrom('ballots')
    .select('choices')
    .where('poll_id', '=', v.poll.id)
    .where('voter', '=', v.actor.voter);
  if (tx.dialect === 'postgres') previousQuery = previousQuery.forUpdate();
  const previous = await previousQuery.executeTakeFirstOrThrow();
  await tx.db
    .updateTable('ballots')
    .set({ choices: JSON.stringify(v.choices), updated_ms: tx.now().getTime(), ip: v.actor.ip })
    .where('poll_id', '=', v.poll.id)
    .where('voter', '=', v.actor.voter)
    .execute();
  return fromJson<string[]>(previous.choices);
}

/**
 * Live results go out at most every 250 ms per poll across all instances,
 * counted afresh as they go out (see live/coalesce.ts); every 500 ms while
 * more than CROWD viewers follow the poll on this instance, whose every
 * update is then that many writes: viewers still see each vote within a
 * second, and the instance keeps time to answer requests.
 */
const THROTTLE_MS = 250;
const CROWD_THROTTLE_MS = 500;
const CROWD = 2_000;

function announceResults(ctx: Context, pollId: string): void {
  const topic = `poll:${pollId}` as const;
  ctx.hub.publishLatest(
    topic,
    async (db) => {
      const poll = await readPoll(db, pollId, true).catch(() => null);
      if (!poll) return null;
      return { type: 'poll.results', pollId, results: poll.resultsVisibility === 'always' ? await results(db, poll) : null };
    },
    ctx.hub.audience(topic) > CROWD ? CROWD_THROTTLE_MS : THROTTLE_MS,
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
