import type { Actor, Context, Settled } from '../domain/context.js';
import { type Claim, type Outcome, releaseKeys, reserveKeys, storeAnswers } from './idempotency.js';

/** One request's share of a batch: what it asks, and (when it sent one) its idempotency claim. */
export interface QueuedWrite<I> {
  actor: Actor;
  input: I;
  claim?: Claim;
}

/**
 * Does many writes of one kind in one transaction, set-based (one statement
 * for all where it can), and settles each on its own: a refused write is an
 * `{ ok: false }` entry, never a thrown error. A thrown error fails the batch.
 */
export type BatchHandler<I> = (tx: Context, writes: readonly QueuedWrite<I>[]) => Promise<Settled<Outcome>[]>;

interface Job<I> extends QueuedWrite<I> {
  resolve(value: { outcome: Outcome; replayed: boolean }): void;
  reject(error: unknown): void;
}

/**
 * Batches one hot write (votes) so that its cost per request does not grow
 * with round trips to the database. Requests that arrive while a batch is
 * under way wait for the next one; each batch is one transaction that
 * reserves every idempotency key in one statement, hands the writes whose key
 * is theirs to the handler, releases the keys of refused writes and stores
 * the answers of the others — the same guarantees as `idempotent()`, paid once
 * per batch instead of once per request.
 *
 * A participant appears at most once in a batch (a second request of theirs
 * waits for the next), so one batch never claims a key or a row twice. If a
 * batch fails as a whole (a deadlock with another instance, say), each of its
 * writes is tried again alone, so one request's failure is its own.
 */
export function createWriteQueue<I>(ctx: Context, handle: BatchHandler<I>, maxBatch = 256) {
  let queue: Job<I>[] = [];
  let running = false;

  async function runBatch(batch: Job<I>[]): Promise<void> {
    const settled = await ctx.transact(async (tx) => {
      const keyed = batch.filter((job) => job.claim);
      const reservations = await reserveKeys(
        tx,
        keyed.map((job) => job.claim!),
      );
      const results = new Map<Job<I>, { outcome: Outcome; replayed: boolean } | { error: unknown }>();
      keyed.forEach((job, i) => {
        const reservation = reservations[i]!;
        if (reservation.reserved) return;
        results.set(job, 'error' in reservation ? reservation : { outcome: reservation.replay, replayed: true });
      });
      const toRun = batch.filter((job) => !results.has(job));
      const answers = await handle(tx, toRun);
      const refused: Claim[] = [];
      const stored: (Claim & Outcome)[] = [];
      toRun.forEach((job, i) => {
        const answer = answers[i]!;
        if (answer.ok) {
          results.set(job, { outcome: answer.value, replayed: false });
          if (job.claim) stored.push({ ...job.claim, ...answer.value });
        } else {
          results.set(job, { error: answer.error });
          if (job.claim) refused.push(job.claim);
        }
      });
      await releaseKeys(tx, refused);
      await storeAnswers(tx, stored);
      return results;
    });
    for (const job of batch) {
      const result = settled.get(job)!;
      if ('error' in result) job.reject(result.error);
      else job.resolve(result);
    }
  }

  /** The next batch: queued jobs in order, at most one per participant; the rest stay queued. */
  function takeBatch(): Job<I>[] {
    const batch: Job<I>[] = [];
    const rest: Job<I>[] = [];
    const voters = new Set<string>();
    for (const job of queue) {
      if (batch.length < maxBatch && !voters.has(job.actor.voter)) {
        voters.add(job.actor.voter);
        batch.push(job);
      } else rest.push(job);
    }
    queue = rest;
    return batch;
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = takeBatch();
      try {
        await runBatch(batch);
      } catch (error) {
        if (batch.length === 1) {
          batch[0]!.reject(error);
          continue;
        }
        for (const job of batch) await runBatch([job]).catch((e: unknown) => job.reject(e));
      }
    }
    running = false;
  }

  return {
    /** Queues one write; resolves with its answer (replayed or not) once its batch has committed. */
    submit(write: QueuedWrite<I>): Promise<{ outcome: Outcome; replayed: boolean }> {
      return new Promise((resolve, reject) => {
        queue.push({ ...write, resolve, reject });
        if (!running) {
          running = true;
          // Let requests parsed in the same turn join the batch.
          setImmediate(() => void drain());
        }
      });
    },
  };
}
