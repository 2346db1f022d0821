import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from './connect.js';

/**
 * What several server instances on one database share besides the data: live
 * events numbered by the database, rate-limit windows and open live streams
 * per network, and the durable job queue (mail, housekeeping).
 */
export function clusterMigration(dialect: Dialect): Migration {
  const pg = dialect === 'postgres';
  const ms = 'bigint' as const;
  const id = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('live_events')
        .addColumn('id', pg ? 'bigserial' : 'integer', id)
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_ms', ms, (c) => c.notNull())
        .execute();
      // Replay after Last-Event-ID reads one topic's events in id order; the throttle reads its latest.
      await db.schema.createIndex('live_events_topic').on('live_events').columns(['topic', 'id']).execute();

      // Counters that may be lost in a crash (a window starts again) need no WAL: UNLOGGED on PostgreSQL.
      const unlogged = pg ? sql`UNLOGGED` : sql``;
      await sql`CREATE ${unlogged} TABLE rate_limits (
        key text PRIMARY KEY, count integer NOT NULL, reset_ms bigint NOT NULL)`.execute(db);
      await sql`CREATE ${unlogged} TABLE live_connections (
        instance text NOT NULL, network text NOT NULL, count integer NOT NULL, seen_ms bigint NOT NULL,
        PRIMARY KEY (instance, network))`.execute(db);
      await db.schema.createIndex('live_connections_network').on('live_connections').columns(['network', 'seen_ms']).execute();

      await db.schema
        .createTable('jobs')
        .addColumn('id', pg ? 'bigserial' : 'integer', id)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.unique())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('run_at_ms', ms, (c) => c.notNull())
        .addColumn('locked_by', 'text')
        .addColumn('locked_until_ms', ms)
        .addColumn('last_error', 'text')
        .addColumn('created_ms', ms, (c) => c.notNull())
        .addColumn('finished_ms', ms)
        .execute();
      // Workers look for due jobs by state and time.
      await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_at_ms']).execute();
    },
  };
}
