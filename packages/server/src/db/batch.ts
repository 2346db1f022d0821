import { type Transaction, sql } from 'kysely';
import type { Database, Db } from './schema.js';
import type { Dialect } from './connect.js';

export type Work<T> = (trx: Transaction<Database>) => Promise<T>;
/** Opens a write transaction; `Context.transact` builds on it (see domain/context.ts). */
export type Transact = <T>(work: Work<T>) => Promise<T>;

interface Job {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Runs writes in transactions. On SQLite, writes that arrive together share
 * one transaction ("group commit"): each runs in its own savepoint, so one
 * failing write is rolled back alone, and the batch is committed — and synced
 * to disk — once before any of them is acknowledged. With `synchronous=FULL`
 * this keeps every acknowledged write durable while paying for one fsync per
 * batch instead of one per write. PostgreSQL does its own group commit across
 * concurrent transactions, so there each write gets a transaction of its own.
 */
export function createTransact(db: Db, dialect: Dialect, maxBatch = 256): Transact {
  if (dialect === 'postgres') return (work) => db.transaction().execute(work);

  const queue: Job[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
      try {
        await db.transaction().execute(async (trx) => {
          for (const job of batch) {
            await sql`SAVEPOINT civic_write`.execute(trx);
            try {
              outcomes.push({ ok: true, value: await job.work(trx) });
              await sql`RELEASE civic_write`.execute(trx);
            } catch (error) {
              await sql`ROLLBACK TO civic_write`.execute(trx);
              await sql`RELEASE civic_write`.execute(trx);
              outcomes.push({ ok: false, error });
            }
          }
        });
      } catch (error) {
        // The commit itself failed: nothing in the batch was written.
        for (const job of batch) job.reject(error);
        continue;
      }
      batch.forEach((job, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) job.resolve(outcome.value);
        else job.reject(outcome?.error);
      });
    }
    running = false;
  }

  return <T>(work: Work<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      // Let requests parsed in the same turn join the batch.
      if (!running) setImmediate(() => void drain());
      running = true;
    });
}
