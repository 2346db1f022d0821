import type { Generated } from 'kysely';

/* Tables that let several server instances share one database (migration 0012-cluster). Times are epoch milliseconds. */

/** Live events, numbered by the database: the ids clients resume from with Last-Event-ID, whichever instance they reach. */
export interface LiveEventsTable {
  id: Generated<number>;
  /** `poll:ID`, `thread:ID`, `petition:ID`, `service:ID`. */
  topic: string;
  /** The event as sent (JSON). */
  data: string;
  created_ms: number;
}
/** Rate-limit windows shared by instances (PostgreSQL; UNLOGGED there: losing them in a crash only resets the windows). */
export interface RateLimitsTable {
  key: string;
  count: number;
  reset_ms: number;
}
/** Live streams open per instance and client network; rows of an instance not seen for a while no longer count. */
export interface LiveConnectionsTable {
  instance: string;
  network: string;
  count: number;
  seen_ms: number;
}
/** The durable job queue (see jobs/queue.ts). */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  /** What the job is about (`mail:OUTBOX_ID`, `housekeeping:HOUR`): one job per key. */
  key: string | null;
  payload: string;
  /** queued, running, done, failed */
  state: string;
  attempts: number;
  max_attempts: number;
  run_at_ms: number;
  locked_by: string | null;
  locked_until_ms: number | null;
  last_error: string | null;
  created_ms: number;
  finished_ms: number | null;
}

export interface ClusterTables {
  live_events: LiveEventsTable;
  rate_limits: RateLimitsTable;
  live_connections: LiveConnectionsTable;
  jobs: JobsTable;
}
