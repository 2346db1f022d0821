import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Connection, connect } from '../db/connect.js';
import { resetPostgres, testDatabaseUrls } from '../test-support/server.js';
import { type Job, JobQueue, PermanentJobError, type QueueOptions } from './queue.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(20)) if (await check()) return true;
  return check();
}

/*
 * The durable job queue on both databases. Several queues on one database
 * stand for several instances' workers (cluster.test.ts runs them in
 * separate processes, with mail).
 */
for (const { name, url } of testDatabaseUrls()) {
  describe(`Job queue on ${name}`, () => {
    let connection: Connection;
    const queues: JobQueue[] = [];
    before(async () => {
      if (url.startsWith('postgres')) await resetPostgres(url);
      connection = await connect(url);
    });
    after(async () => {
      for (const q of queues) await q.stop();
      await connection.close();
    });
    const queue = (instance: string, options: Partial<QueueOptions> = {}) => {
      const q = new JobQueue({
        db: connection.db,
        dialect: connection.dialect,
        instance,
        log: () => quiet,
        pollMs: 20,
        retryBaseMs: 20,
        ...options,
      });
      queues.push(q);
      return q;
    };
    const state = (kind: string) =>
      connection.db
        .selectFrom('jobs')
        .select(['id', 'state', 'attempts', 'last_error', 'run_at_ms'])
        .where('kind', '=', kind)
        .execute();

    test('three workers: every job runs exactly once', async () => {
      const runs = new Map<number, string[]>();
      const workers = ['w1', 'w2', 'w3'].map((w) => {
        const q = queue(w, { concurrency: 3 });
        q.handle('count', async (job: Job) => {
          runs.set(job.id, [...(runs.get(job.id) ?? []), w]);
          await sleep(1);
        });
        return q;
      });
      for (let i = 0; i < 60; i++) await JobQueue.enqueue(connection.db, { kind: 'count', payload: { i } });
      for (const w of workers) w.start();
      assert.ok(await until(async () => (await state('count')).every((j) => j.state === 'done')));
      assert.equal(runs.size, 60);
      assert.deepEqual([...new Set([...runs.values()].map((r) => r.length))], [1], 'each job once');
      for (const w of workers) await w.stop();
    });

    test('a failing job is retried later, then marked failed with its error', async () => {
      const q = queue('retrying');
      const attempts: number[] = [];
      q.handle('flaky', async (job) => {
        attempts.push(job.attempt);
        throw new Error(`refused on try ${job.attempt}`);
      });
      const before = Date.now();
      await JobQueue.enqueue(connection.db, { kind: 'flaky', payload: null, maxAttempts: 3 });
      q.start();
      assert.ok(await until(async () => (await state('flaky'))[0]?.state === 'failed'));
      const [row] = await state('flaky');
      assert.equal(row?.attempts, 3);
      assert.match(row?.last_error ?? '', /refused on try 3/);
      assert.ok(Number(row?.run_at_ms) >= before);
      assert.deepEqual(attempts, [1, 2, 3]);
      await q.stop();
    });

    test('back-off doubles from the base, with jitter, up to the maximum', () => {
      const q = new JobQueue({
        db: connection.db,
        dialect: connection.dialect,
        instance: 'b',
        log: () => quiet,
        retryBaseMs: 1000,
        maxRetryMs: 10_000,
      });
      for (let i = 0; i < 20; i++) {
        const first = q.backoff(1);
        const third = q.backoff(3);
        const late = q.backoff(12);
        assert.ok(first >= 750 && first <= 1250, `first retry ${first}`);
        assert.ok(third >= 3000 && third <= 5000, `third retry ${third}`);
        assert.ok(late >= 7500 && late <= 12_500, `capped ${late}`);
      }
    });

    test('a permanent error fails the job at once', async () => {
      const q = queue('permanent');
      q.handle('doomed', async () => {
        throw new PermanentJobError('no such mailbox');
      });
      await JobQueue.enqueue(connection.db, { kind: 'doomed', payload: null, maxAttempts: 5 });
      q.start();
      assert.ok(await until(async () => (await state('doomed'))[0]?.state === 'failed'));
      assert.equal((await state('doomed'))[0]?.attempts, 1);
      await q.stop();
    });

    test('a job whose worker died is taken by another once its lease is over, not before', async () => {
      const dead = queue('dead', { leaseMs: 60_000 });
      const alive = queue('alive');
      await JobQueue.enqueue(connection.db, { kind: 'orphan', payload: null });
      const now = Date.now();
      assert.equal((await dead.claim(5, now)).length, 1);
      assert.equal((await alive.claim(5, now + 1_000)).length, 0, 'leased');
      const again = await alive.claim(5, now + 61_000);
      assert.equal(again.length, 1);
      assert.equal(again[0]?.attempt, 2);
    });

    test('a key makes at most one job', async () => {
      assert.notEqual(await JobQueue.enqueue(connection.db, { kind: 'once', key: 'once:1', payload: null }), null);
      assert.equal(await JobQueue.enqueue(connection.db, { kind: 'once', key: 'once:1', payload: null }), null);
      assert.equal((await state('once')).length, 1);
    });
  });
}
