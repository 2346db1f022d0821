import type { LiveEvent, Topic } from '@civic-widgets/core';
import { sql } from 'kysely';
import pg from 'pg';
import type { Transact } from '../db/batch.js';
import type { Dialect } from '../db/connect.js';
import type { Db } from '../db/schema.js';
import type { Logger } from '../mail/mailer.js';
import { type EventSink, type LiveHub, type NumberedEvent, type Produce, topicOf } from './hub.js';
import { type LatestEntry, LatestThrottle } from './coalesce.js';

/** The NOTIFY channel of live events. */
export const LIVE_CHANNEL = 'civic_live';
/** The NOTIFY channel that tells instances a cached setting changed (its name is the payload). */
export const CACHE_CHANNEL = 'civic_cache';
/** Held by the transaction that numbers events: ids then follow commit order on every instance. */
const PUBLISH_LOCK = 0x63697663; // "civc"
/** NOTIFY payloads must stay under 8000 bytes; larger events are read from the table by id. */
const NOTIFY_LIMIT = 7_500;
/** Events are kept this long for clients resuming with Last-Event-ID. */
const RETENTION_MS = 3_600_000;

type Item = { kind: 'event'; event: LiveEvent } | { kind: 'latest'; entry: LatestEntry };

export interface BusOptions {
  db: Db;
  dialect: Dialect;
  /** The server's write path (group commit on SQLite): events join its batches there. */
  transact: Transact;
  /** PostgreSQL only: the connection string for the LISTEN connection. */
  databaseUrl?: string;
  log: () => Logger;
}

/**
 * Numbers live events in the database and delivers them to the hub of every
 * instance, in id order.
 *
 * Publishing is batched: events that arrive together are inserted into
 * `live_events` by one transaction. On PostgreSQL that transaction takes an
 * advisory lock first, so events are numbered in commit order across
 * instances, and announces them with `pg_notify`, which PostgreSQL delivers to
 * every listening instance (this one too) in commit order: ids are global and
 * increasing, and an instance that sees event n has seen every event before
 * it. The LISTEN connection reconnects by itself and then reads what it
 * missed from the table. On SQLite (one instance) events are delivered after
 * their transaction commits.
 */
export class LiveBus implements EventSink {
  readonly #queue: Item[] = [];
  #flushing = false;
  #closed = false;
  #listener: pg.Client | null = null;
  #chain: Promise<unknown> = Promise.resolve();
  #retry: ReturnType<typeof setTimeout> | null = null;
  readonly #prune: ReturnType<typeof setInterval>;
  /** (id, time) marks of delivered events: what to prune is found without scanning the table. */
  readonly #marks: { id: number; at: number }[] = [];
  readonly throttle: LatestThrottle;
  readonly #caches = new Map<string, () => void>();

  constructor(
    private readonly hub: LiveHub,
    private readonly options: BusOptions,
  ) {
    this.throttle = new LatestThrottle((entry) => this.#enqueue({ kind: 'latest', entry }));
    hub.attach(this);
    hub.observe((event) => {
      this.throttle.seen(event);
      const last = this.#marks.at(-1);
      if (!last || Date.now() - last.at > 60_000) this.#marks.push({ id: event.id, at: Date.now() });
    });
    this.#prune = setInterval(() => void this.prune().catch(() => undefined), 300_000);
    this.#prune.unref();
  }

  get #pg(): boolean {
    return this.options.dialect === 'postgres';
  }

  /** Starts delivering: on PostgreSQL once listening; resolves when the hub knows where it starts. */
  async start(): Promise<void> {
    if (this.#pg) {
      await this.#listen(true);
    } else {
      const row = await this.options.db
        .selectFrom('live_events')
        .select((eb) => eb.fn.max('id').as('m'))
        .executeTakeFirst();
      this.hub.startAt(Number(row?.m ?? 0));
    }
  }

  publish(event: LiveEvent): void {
    this.#enqueue({ kind: 'event', event });
  }

  publishLatest(topic: Topic, produce: Produce, intervalMs: number): void {
    this.throttle.touch(topic, produce, intervalMs);
  }

  async since(afterId: number, topics: readonly Topic[], limit: number): Promise<NumberedEvent[]> {
    if (topics.length === 0) return [];
    const rows = await this.options.db
      .selectFrom('live_events')
      .select(['id', 'topic', 'data'])
      .where('topic', 'in', topics)
      .where('id', '>', afterId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.reverse().map((r) => ({ id: Number(r.id), topic: r.topic as Topic, data: r.data }));
  }

  /** Calls `forget` when any instance says that the cache called `name` changed (see invalidateEverywhere). */
  onInvalidate(name: string, forget: () => void): void {
    this.#caches.set(name, forget);
  }

  /**
   * Tells every instance (this one too) that the cache called `name` changed,
   * so a setting changed in the console applies everywhere at once rather than
   * when each instance's copy expires. On SQLite there is one instance.
   */
  invalidateEverywhere(name: string): void {
    if (!this.#pg || this.#closed) return;
    sql`SELECT pg_notify(${CACHE_CHANNEL}, ${name})`
      .execute(this.options.db)
      .catch((error: unknown) => this.options.log().warn({ err: error, cache: name }, 'cache change not announced'));
  }

  /** Forgets events older than the retention (clients further behind refetch). */
  async prune(): Promise<void> {
    const cutoff = Date.now() - RETENTION_MS;
    let upTo = 0;
    while (this.#marks.length > 0 && this.#marks[0]!.at < cutoff) upTo = this.#marks.shift()!.id;
    if (upTo > 0) await this.options.db.deleteFrom('live_events').where('id', '<=', upTo).execute();
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#prune);
    if (this.#retry) clearTimeout(this.#retry);
    this.throttle.close();
    // Events already queued are still numbered and announced.
    for (let waited = 0; (this.#flushing || this.#queue.length > 0) && waited < 5000; waited += 10)
      await new Promise((r) => setTimeout(r, 10));
    const listener = this.#listener;
    this.#listener = null;
    await listener?.end().catch(() => undefined);
  }

  #enqueue(item: Item): void {
    this.#queue.push(item);
    if (!this.#flushing) {
      this.#flushing = true;
      // Events published in the same turn share a transaction.
      setImmediate(() => void this.#flush());
    }
  }

  async #flush(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, 500);
      try {
        const inserted = await this.#write(batch);
        // On PostgreSQL the hub hears its own events through NOTIFY, in order with every other instance's.
        if (!this.#pg) for (const event of inserted) this.hub.deliver(event);
      } catch (error) {
        this.options.log().error({ err: error }, 'live events not published');
        for (const item of batch) if (item.kind === 'latest') this.throttle.failed(item.entry);
      }
    }
    this.#flushing = false;
  }

  async #write(batch: Item[]): Promise<NumberedEvent[]> {
    const work = async (trx: Db): Promise<NumberedEvent[]> => {
      let nowMs = Date.now();
      if (this.#pg) {
        // The lock, then one clock for every instance: the database's (in one round trip).
        const { rows } = await sql<{ ms: number | string }>`
          SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms FROM (SELECT pg_advisory_xact_lock(${PUBLISH_LOCK})) AS locked`.execute(
          trx,
        );
        nowMs = Number(rows[0]!.ms);
      }
      const values: { topic: string; data: string; created_ms: number }[] = [];
      let maxId: number | null = null;
      for (const item of batch) {
        if (item.kind === 'event') {
          values.push({ topic: topicOf(item.event), data: JSON.stringify(item.event), created_ms: nowMs });
          continue;
        }
        const { entry } = item;
        // The latest state of a topic goes out at most once per interval, whichever instance sends it.
        const last = await trx
          .selectFrom('live_events')
          .select('created_ms')
          .where('topic', '=', entry.topic)
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst();
        const age = last ? nowMs - Number(last.created_ms) : Number.POSITIVE_INFINITY;
        if (age < entry.intervalMs) {
          // Every event after this id is made after this moment, so it includes what this instance wrote.
          maxId ??= Number(
            (
              await trx
                .selectFrom('live_events')
                .select((eb) => eb.fn.max('id').as('m'))
                .executeTakeFirst()
            )?.m ?? 0,
          );
          this.throttle.deferred(entry, maxId, entry.intervalMs - age);
          continue;
        }
        const event = await entry.produce(trx);
        this.throttle.published(entry);
        if (event) values.push({ topic: entry.topic, data: JSON.stringify(event), created_ms: nowMs });
      }
      if (values.length === 0) return [];
      const rows = await trx.insertInto('live_events').values(values).returning(['id', 'topic', 'data']).execute();
      const events = rows.map((r) => ({ id: Number(r.id), topic: r.topic as Topic, data: r.data }));
      if (this.#pg) for (const payload of payloads(events)) await sql`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`.execute(trx);
      return events;
    };
    return this.#pg ? this.options.db.transaction().execute(work) : this.options.transact(work);
  }

  /** Opens the LISTEN connection; on the first start resolves once the hub knows where it starts. */
  async #listen(first: boolean): Promise<void> {
    // Named, so an operator can tell it apart in pg_stat_activity.
    const client = new pg.Client({ connectionString: this.options.databaseUrl, application_name: 'civic-live-listen' });
    client.on('notification', (message) => {
      if (message.channel === CACHE_CHANNEL && message.payload) return this.#caches.get(message.payload)?.();
      if (message.channel !== LIVE_CHANNEL || message.payload === undefined || this.#listener !== client) return;
      const payload = message.payload;
      this.#chain = this.#chain.then(() => this.#receive(payload)).catch((error: unknown) => this.#lost(client, error));
    });
    client.on('error', (error) => this.#lost(client, error));
    client.on('end', () => this.#lost(client, new Error('LISTEN connection ended')));
    this.#listener = client;
    const ready = (async () => {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}; LISTEN ${CACHE_CHANNEL}`);
      // Changes announced while not listening were missed: forget every cached copy.
      if (!first) for (const forget of this.#caches.values()) forget();
      if (first) {
        const { rows } = await client.query<{ m: string | null }>('SELECT max(id)::text AS m FROM live_events');
        this.hub.startAt(Number(rows[0]?.m ?? 0));
      } else {
        await this.#catchUp();
      }
    })();
    this.#chain = ready;
    try {
      await ready;
    } catch (error) {
      if (first) throw error;
      this.#lost(client, error);
    }
  }

  /** The LISTEN connection is gone: listen again shortly, then read what was missed. */
  #lost(client: pg.Client, error: unknown): void {
    if (this.#closed || this.#listener !== client) return;
    this.#listener = null;
    client.removeAllListeners('notification');
    void client.end().catch(() => undefined);
    this.options.log().warn({ err: error }, 'live events: LISTEN connection lost; reconnecting');
    this.#retry = setTimeout(() => {
      this.#retry = null;
      if (!this.#closed) void this.#listen(false);
    }, 500);
    this.#retry.unref();
  }

  async #catchUp(): Promise<void> {
    for (;;) {
      const rows = await this.options.db
        .selectFrom('live_events')
        .select(['id', 'topic', 'data'])
        .where('id', '>', this.hub.lastId)
        .orderBy('id')
        .limit(1000)
        .execute();
      for (const r of rows) this.hub.deliver({ id: Number(r.id), topic: r.topic as Topic, data: r.data });
      if (rows.length < 1000) return;
    }
  }

  async #receive(payload: string): Promise<void> {
    const entries = JSON.parse(payload) as ([number, string, string] | [number])[];
    for (const entry of entries) {
      if (entry.length === 3) {
        this.hub.deliver({ id: entry[0], topic: entry[1] as Topic, data: entry[2] });
      } else {
        const row = await this.options.db
          .selectFrom('live_events')
          .select(['id', 'topic', 'data'])
          .where('id', '=', entry[0])
          .executeTakeFirst();
        if (row) this.hub.deliver({ id: Number(row.id), topic: row.topic as Topic, data: row.data });
      }
    }
  }
}

/** NOTIFY payloads for `events`, in order: each event whole when it fits, else by id. */
function payloads(events: NumberedEvent[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 2;
  for (const e of events) {
    let part = JSON.stringify([e.id, e.topic, e.data]);
    // The limit is in bytes: text in Arabic takes two per character.
    let bytes = Buffer.byteLength(part);
    if (bytes > NOTIFY_LIMIT) bytes = (part = JSON.stringify([e.id])).length;
    if (size + bytes + 1 > NOTIFY_LIMIT && current.length > 0) {
      out.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    current.push(part);
    size += bytes + 1;
  }
  if (current.length > 0) out.push(`[${current.join(',')}]`);
  return out;
}
