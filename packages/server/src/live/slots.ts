import { sql } from 'kysely';
import type { Dialect } from '../db/connect.js';
import type { Db } from '../db/schema.js';

/** Live streams open per client network: the cap counts every instance's streams. */
export interface StreamSlots {
  /** Takes a place for one stream from `network` if fewer than `max` are open; says whether it did. */
  take(network: string, max: number): Promise<boolean>;
  release(network: string): void;
  close(): Promise<void>;
}

/** One instance (SQLite): the counts live in memory. */
export class LocalSlots implements StreamSlots {
  readonly #open = new Map<string, number>();

  async take(network: string, max: number): Promise<boolean> {
    const n = this.#open.get(network) ?? 0;
    if (n >= max) return false;
    this.#open.set(network, n + 1);
    return true;
  }

  release(network: string): void {
    const left = (this.#open.get(network) ?? 1) - 1;
    if (left > 0) this.#open.set(network, left);
    else this.#open.delete(network);
  }

  async close(): Promise<void> {}
}

/** How often an instance says its rows are still alive, and when rows of an instance that stopped saying so no longer count. */
const HEARTBEAT_MS = 15_000;
const STALE_MS = 45_000;

/**
 * Several instances (PostgreSQL): each instance keeps a row per network with
 * its open streams in `live_connections`, refreshed every 15 s. A new stream
 * is counted against the sum over all instances' live rows, under a lock on
 * the network so two instances cannot both take the last place. An instance
 * that dies stops refreshing its rows, and they stop counting 45 s later.
 */
export class DatabaseSlots implements StreamSlots {
  readonly #open = new Map<string, number>();
  readonly #timer: ReturnType<typeof setInterval>;
  #work: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly dialect: Dialect,
    readonly instance: string,
  ) {
    this.#timer = setInterval(() => void this.heartbeat().catch(() => undefined), HEARTBEAT_MS);
    this.#timer.unref();
  }

  async take(network: string, max: number): Promise<boolean> {
    const now = Date.now();
    const taken = await this.db.transaction().execute(async (trx) => {
      if (this.dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(1, hashtext(${network}))`.execute(trx);
      const row = await trx
        .selectFrom('live_connections')
        .select((eb) => eb.fn.sum<number | string | null>('count').as('n'))
        .where('network', '=', network)
        .where('seen_ms', '>', now - STALE_MS)
        .executeTakeFirst();
      if (Number(row?.n ?? 0) >= max) return false;
      await trx
        .insertInto('live_connections')
        .values({ instance: this.instance, network, count: 1, seen_ms: now })
        .onConflict((oc) =>
          oc
            .columns(['instance', 'network'])
            .doUpdateSet((eb) => ({ count: eb('live_connections.count', '+', 1), seen_ms: now })),
        )
        .execute();
      return true;
    });
    if (taken) this.#open.set(network, (this.#open.get(network) ?? 0) + 1);
    return taken;
  }

  release(network: string): void {
    const left = (this.#open.get(network) ?? 1) - 1;
    if (left > 0) this.#open.set(network, left);
    else this.#open.delete(network);
    // One at a time, in order: a release never overtakes the take it undoes.
    this.#work = this.#work
      .then(() =>
        this.db
          .updateTable('live_connections')
          .set((eb) => ({ count: eb('count', '-', 1) }))
          .where('instance', '=', this.instance)
          .where('network', '=', network)
          .execute(),
      )
      .catch(() => undefined);
  }

  /** Keeps this instance's rows alive, drops its empty ones, and forgets long-dead instances. */
  async heartbeat(): Promise<void> {
    const now = Date.now();
    await this.db.updateTable('live_connections').set({ seen_ms: now }).where('instance', '=', this.instance).execute();
    await this.db.deleteFrom('live_connections').where('instance', '=', this.instance).where('count', '<=', 0).execute();
    await this.db
      .deleteFrom('live_connections')
      .where('seen_ms', '<', now - 10 * STALE_MS)
      .execute();
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.#work;
    // Closing frees this instance's places at once rather than after the stale time.
    await this.db
      .deleteFrom('live_connections')
      .where('instance', '=', this.instance)
      .execute()
      .catch(() => undefined);
  }
}
