import { sql } from 'kysely';
import type { Db } from '../db/schema.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

interface Pending {
  n: number;
  timeWindow: number;
  callbacks: Callback[];
}

/**
 * Rate-limit windows kept in PostgreSQL (the UNLOGGED `rate_limits` table), so
 * that a limit holds across every instance on the database: 60 writes a
 * minute from a network is 60, however many instances share them.
 *
 * Requests counted together share one statement, a single upsert of every key
 * they touch (a key touched n times adds n): one statement at a time is under
 * way, and what arrives meanwhile goes in the next, so under load counting
 * costs one round trip per batch rather than per request.
 */
export function databaseRateStore(db: Db) {
  let batch = new Map<string, Pending>();
  let scheduled = false;
  let running = false;
  let lastPrune = Date.now();

  function schedule(): void {
    if (scheduled || running || batch.size === 0) return;
    scheduled = true;
    // Requests parsed in the same turn join the batch.
    setImmediate(() => void flush());
  }

  async function flush(): Promise<void> {
    const current = batch;
    batch = new Map();
    scheduled = false;
    running = true;
    // In one order everywhere: two instances' batches lock shared keys alike, and cannot deadlock.
    const keys = [...current.keys()].sort();
    const counts = keys.map((k) => current.get(k)!.n);
    const windows = keys.map((k) => current.get(k)!.timeWindow);
    try {
      const nowMs = Date.now();
      const { rows } = await sql<{ key: string; count: number; reset_ms: number | string }>`
        INSERT INTO rate_limits (key, count, reset_ms)
        SELECT k, n, ${nowMs}::bigint + w FROM unnest(${keys}::text[], ${counts}::int[], ${windows}::bigint[]) AS t(k, n, w) ORDER BY k
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN rate_limits.reset_ms <= ${nowMs} THEN excluded.count ELSE rate_limits.count + excluded.count END,
          reset_ms = CASE WHEN rate_limits.reset_ms <= ${nowMs} THEN excluded.reset_ms ELSE rate_limits.reset_ms END
        RETURNING key, count, reset_ms`.execute(db);
      for (const row of rows) {
        const pending = current.get(row.key);
        if (!pending) continue;
        const ttl = Math.max(0, Number(row.reset_ms) - nowMs);
        // The batch's requests are counted in arrival order: the first of n sees count − n + 1.
        pending.callbacks.forEach((cb, i) => cb(null, { current: row.count - pending.n + 1 + i, ttl }));
      }
      if (nowMs - lastPrune > 60_000) {
        lastPrune = nowMs;
        void db
          .deleteFrom('rate_limits')
          .where('reset_ms', '<', nowMs)
          .execute()
          .catch(() => undefined);
      }
    } catch (error) {
      for (const pending of current.values()) for (const cb of pending.callbacks) cb(error as Error);
    } finally {
      running = false;
      schedule();
    }
  }

  return class DatabaseRateStore {
    readonly prefix: string;
    constructor(_options?: unknown, prefix = 'rl:') {
      this.prefix = prefix;
    }

    incr(key: string, cb: Callback, timeWindow: number): void {
      const full = this.prefix + key;
      const pending = batch.get(full) ?? { n: 0, timeWindow, callbacks: [] };
      pending.n++;
      pending.callbacks.push(cb);
      batch.set(full, pending);
      schedule();
    }

    read(key: string, cb: Callback): void {
      const nowMs = Date.now();
      db.selectFrom('rate_limits')
        .select(['count', 'reset_ms'])
        .where('key', '=', this.prefix + key)
        .executeTakeFirst()
        .then(
          (row) =>
            !row || Number(row.reset_ms) <= nowMs
              ? cb(null, { current: 0, ttl: 0 })
              : cb(null, { current: row.count, ttl: Number(row.reset_ms) - nowMs }),
          (error: Error) => cb(error),
        );
    }

    /** Each route (and each limiter made with createRateLimit) counts apart. */
    child(routeOptions: { routeInfo?: { method?: string; url?: string } }): DatabaseRateStore {
      const route = routeOptions.routeInfo ?? {};
      return new DatabaseRateStore(undefined, `${this.prefix}${route.method ?? ''}${route.url ?? ''}-`);
    }
  };
}
