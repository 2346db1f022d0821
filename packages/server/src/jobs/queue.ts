import { sql } from 'kysely';
import type { Dialect } from '../db/connect.js';
import type { Db } from '../db/schema.js';
import type { Logger } from '../mail/mailer.js';

/** A job as its handler sees it. */
export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  /** 1 on the first try. */
  attempt: number;
}

export type JobHandler = (job: Job) => Promise<void>;

/** Thrown by a handler when trying again cannot help: the job fails at once. */
export class PermanentJobError extends Error {}

export interface QueueOptions {
  db: Db;
  dialect: Dialect;
  /** This process, as `locked_by`. */
  instance: string;
  log: () => Logger;
  /** How often idle workers look for due jobs (other instances' jobs, retries). */
  pollMs?: number;
  /** How long a claimed job is this worker's; past it another worker may take it (the first died). */
  leaseMs?: number;
  /** The first retry waits this long; each further one twice as long (with jitter), up to `maxRetryMs`. */
  retryBaseMs?: number;
  maxRetryMs?: number;
  /** Jobs run at once by this instance. */
  concurrency?: number;
}

export interface NewJob {
  kind: string;
  payload: unknown;
  /** At most one job per key, ever (until pruned): enqueueing it again does nothing. */
  key?: string;
  maxAttempts?: number;
  runAtMs?: number;
}

/**
 * A durable job queue in the database: mail and other background work
 * survive restarts, run on whichever instance is free, and are retried.
 *
 * A job is a row in `jobs`, usually written in the transaction of the action
 * that needs it (so a rolled-back action leaves no job). Workers claim due
 * jobs with one UPDATE; on PostgreSQL its subquery takes them `FOR UPDATE SKIP
 * LOCKED`, so several workers on several instances never claim the same job,
 * and none waits for another. A claim is a lease: a worker that dies holding
 * one leaves the job to be claimed again once the lease is over. Failures are
 * retried with exponential back-off and jitter; after `max_attempts` (or a
 * permanent error) the job is `failed` and keeps its last error for admins.
 * On SQLite (one instance) the same statements work, writes being serial.
 */
export class JobQueue {
  readonly #handlers = new Map<string, JobHandler>();
  readonly #running = new Set<Promise<void>>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #started = false;
  #stopped = false;
  #polling: Promise<void> | null = null;
  #again = false;
  readonly pollMs: number;
  readonly leaseMs: number;
  readonly retryBaseMs: number;
  readonly maxRetryMs: number;
  readonly concurrency: number;

  constructor(private readonly options: QueueOptions) {
    this.pollMs = options.pollMs ?? 2_000;
    this.leaseMs = options.leaseMs ?? 300_000;
    this.retryBaseMs = options.retryBaseMs ?? 30_000;
    this.maxRetryMs = options.maxRetryMs ?? 3_600_000;
    this.concurrency = options.concurrency ?? 4;
  }

  handle(kind: string, handler: JobHandler): void {
    this.#handlers.set(kind, handler);
  }

  /** Adds a job through `db` (the caller's transaction, usually). Returns its id, or null if its key was taken. */
  static async enqueue(db: Db, job: NewJob, nowMs = Date.now()): Promise<number | null> {
    const row = await db
      .insertInto('jobs')
      .values({
        kind: job.kind,
        key: job.key ?? null,
        payload: JSON.stringify(job.payload ?? null),
        state: 'queued',
        attempts: 0,
        max_attempts: job.maxAttempts ?? 8,
        run_at_ms: job.runAtMs ?? nowMs,
        created_ms: nowMs,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row ? Number(row.id) : null;
  }

  /** Starts the workers: due jobs run now, and then as they come. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.wake();
  }

  /** Looks for due jobs now (after this instance committed one, say). */
  wake(): void {
    if (!this.#started || this.#stopped) return;
    if (this.#polling) {
      this.#again = true;
      return;
    }
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#polling = this.#poll().finally(() => {
      this.#polling = null;
      if (this.#stopped) return;
      if (this.#again) {
        this.#again = false;
        this.wake();
      } else {
        this.#timer = setTimeout(() => this.wake(), this.pollMs);
        this.#timer.unref();
      }
    });
  }

  /** Stops claiming, and waits (a while) for the jobs running here. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#polling;
    await Promise.race([Promise.all(this.#running), new Promise((r) => setTimeout(r, 10_000))]);
  }

  /** Claims and runs due jobs until none is left or every worker is busy. */
  async #poll(): Promise<void> {
    try {
      for (;;) {
        const free = this.concurrency - this.#running.size;
        if (free <= 0 || this.#stopped) return;
        const jobs = await this.claim(free);
        for (const job of jobs) {
          const run = this.#run(job).finally(() => {
            this.#running.delete(run);
            // A worker is free again: there may be more due.
            this.wake();
          });
          this.#running.add(run);
        }
        if (jobs.length < free) return;
      }
    } catch (error) {
      this.options.log().error({ err: error }, 'job queue: claiming failed');
    }
  }

  /** Takes up to `limit` due jobs for this instance (those whose lease ran out included). */
  async claim(limit: number, nowMs = Date.now()): Promise<(Job & { maxAttempts: number })[]> {
    const lock = this.options.dialect === 'postgres' ? sql`FOR UPDATE SKIP LOCKED` : sql``;
    const { rows } = await sql<{ id: number | string; kind: string; payload: string; attempts: number; max_attempts: number }>`
      UPDATE jobs SET state = 'running', locked_by = ${this.options.instance},
        locked_until_ms = ${nowMs + this.leaseMs}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM jobs
        WHERE (state = 'queued' AND run_at_ms <= ${nowMs}) OR (state = 'running' AND locked_until_ms < ${nowMs})
        ORDER BY run_at_ms LIMIT ${limit} ${lock})
      RETURNING id, kind, payload, attempts, max_attempts`.execute(this.options.db);
    return rows.map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      payload: JSON.parse(r.payload) as unknown,
      attempt: r.attempts,
      maxAttempts: r.max_attempts,
    }));
  }

  async #run(job: Job & { maxAttempts: number }): Promise<void> {
    const handler = this.#handlers.get(job.kind);
    try {
      if (job.attempt > job.maxAttempts) throw new PermanentJobError('stopped before finishing too many times');
      if (!handler) throw new PermanentJobError(`no handler for jobs of kind ${job.kind}`);
      await handler(job);
      await this.#finish(job, 'done', null, null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentJobError || job.attempt >= job.maxAttempts;
      const retryAt = permanent ? null : Date.now() + this.backoff(job.attempt);
      await this.#finish(job, permanent ? 'failed' : 'queued', message.slice(0, 1000), retryAt).catch((e: unknown) =>
        this.options.log().error({ err: e }, 'job queue: recording a failure failed'),
      );
      const log = this.options.log();
      (permanent ? log.error : log.warn).call(
        log,
        { job: job.id, kind: job.kind, attempt: job.attempt, err: { message } },
        permanent ? 'job failed' : 'job failed; will retry',
      );
    }
  }

  /** Milliseconds before the retry that follows attempt `attempt`: doubling, with jitter so retries spread. */
  backoff(attempt: number): number {
    const base = Math.min(this.maxRetryMs, this.retryBaseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(base * (0.75 + Math.random() * 0.5));
  }

  async #finish(job: Job, state: 'done' | 'failed' | 'queued', error: string | null, retryAt: number | null): Promise<void> {
    const now = Date.now();
    // Only while this worker still holds the job: after its lease another worker may have it.
    const result = await this.options.db
      .updateTable('jobs')
      .set({
        state,
        locked_by: null,
        locked_until_ms: null,
        last_error: error,
        ...(retryAt === null ? { finished_ms: state === 'queued' ? null : now } : { run_at_ms: retryAt }),
      })
      .where('id', '=', job.id)
      .where('locked_by', '=', this.options.instance)
      .where('state', '=', 'running')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      this.options.log().warn({ job: job.id, kind: job.kind }, 'job queue: the lease ran out before the job finished');
  }

  /** Forgets finished jobs older than `ageMs` (failed ones stay for admins until then too). */
  static async prune(db: Db, ageMs: number, nowMs = Date.now()): Promise<void> {
    await db
      .deleteFrom('jobs')
      .where('state', 'in', ['done', 'failed'])
      .where('finished_ms', '<', nowMs - ageMs)
      .execute();
  }
}
