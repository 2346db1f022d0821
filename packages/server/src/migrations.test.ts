/**
 * Migrations keep what is stored: a database written by an earlier version
 * reads the same after the upgrade (SQLite, and PostgreSQL when configured).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Dialect } from './db/connect.js';
import { migrate } from './db/migrations.js';
import type { Database } from './db/schema.js';
import { resetPostgres, testDatabaseUrls } from './test-support/server.js';

/** The tables involved, before and after 0002. */
interface Tables {
  polls: { id: string; data: string; participants?: number; created_ms: number };
  poll_counts: { poll_id: string; option_id: string; count: number };
  poll_tallies: { poll_id: string; option_id: string; shard: number; count: number };
}

async function open(url: string): Promise<{ db: Kysely<Tables>; dialect: Dialect }> {
  if (!url.startsWith('postgres'))
    return { db: new Kysely({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) }), dialect: 'sqlite' };
  await resetPostgres(url);
  return {
    db: new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) }),
    dialect: 'postgres',
  };
}

for (const { name, url } of testDatabaseUrls()) {
  describe(`migrations on ${name}`, () => {
    test('0002 moves poll counts and participants into tallies, unchanged', async () => {
      const { db, dialect } = await open(url);
      try {
        await migrate(db as Kysely<unknown>, dialect, '0001-initial');
        const poll = { id: 'bins', status: 'open', options: [{ id: 'yes' }, { id: 'no' }, { id: 'maybe' }] };
        await db
          .insertInto('polls')
          .values({ id: 'bins', data: JSON.stringify(poll), participants: 7, created_ms: 1 })
          .execute();
        await db
          .insertInto('polls')
          .values({ id: 'quiet', data: JSON.stringify(poll), participants: 0, created_ms: 2 })
          .execute();
        await db
          .insertInto('poll_counts')
          .values([
            { poll_id: 'bins', option_id: 'yes', count: 5 },
            { poll_id: 'bins', option_id: 'no', count: 2 },
            { poll_id: 'bins', option_id: 'maybe', count: 0 },
            { poll_id: 'quiet', option_id: 'yes', count: 0 },
          ])
          .execute();

        assert.deepEqual(await migrate(db as Kysely<unknown>, dialect, '0002-poll-tallies'), ['0002-poll-tallies']);

        const rows = await db
          .selectFrom('poll_tallies')
          .select(['poll_id', 'option_id', sql<number>`sum(count)`.as('n')])
          .groupBy(['poll_id', 'option_id'])
          .orderBy('poll_id')
          .orderBy('option_id')
          .execute();
        assert.deepEqual(
          rows.map((r) => [r.poll_id, r.option_id, Number(r.n)]),
          [
            ['bins', '', 7],
            ['bins', 'no', 2],
            ['bins', 'yes', 5],
          ],
        );
        // The old counter columns are gone, the polls themselves stay.
        const polls = await db.selectFrom('polls').selectAll().orderBy('id').execute();
        assert.deepEqual(
          polls.map((p) => Object.keys(p).sort()),
          [
            ['created_ms', 'data', 'id'],
            ['created_ms', 'data', 'id'],
          ],
        );
        await assert.rejects(db.selectFrom('poll_counts').selectAll().execute());
      } finally {
        await db.destroy();
      }
    });

    test('0014 settles the reports made up to the last decision the audit log records on their comment', async () => {
      const { db: opened, dialect } = await open(url);
      const db = opened as unknown as Kysely<Database>;
      try {
        await migrate(db as Kysely<unknown>, dialect, '0013-console-moderation');
        await db.insertInto('threads').values({ id: 'park', data: '{}', comment_count: 1, created_ms: 1 }).execute();
        const comment = async (status: string, reports: number[]) => {
          const { id } = await db
            .insertInto('comments')
            .values({
              thread_id: 'park',
              parent_id: null,
              depth: 0,
              author_name: null,
              body: status,
              status,
              voter: null,
              ip: null,
              report_count: reports.length,
              created_ms: 1,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          for (const [i, at] of reports.entries())
            await db
              .insertInto('reports')
              .values({ comment_id: id, voter: `v${i}`, ip: `n${i}`, reason: 'spam', note: null, created_ms: at })
              .execute();
          return id;
        };
        const decision = (action: string, id: number, at: number) =>
          db
            .insertInto('audit_log')
            .values({ at_ms: at, actor_kind: 'session', action, resource_kind: 'comment', resource_id: String(id) })
            .execute();
        // Hidden by a moderator at 300, hidden again at 500, then reported again at 600.
        const hidden = await comment('hidden', [100, 200, 600]);
        await decision('comment.hide', hidden, 300);
        await decision('comment.hide', hidden, 500);
        // Approved (its reports were deleted then), reported since.
        const approved = await comment('published', [700]);
        await decision('comment.approve', approved, 650);
        // Hidden by reports alone; a block made from it is no decision on it.
        const waiting = await comment('hidden', [100, 200]);
        await decision('block.create', waiting, 300);

        assert.deepEqual(await migrate(db as Kysely<unknown>, dialect, '0014-reports-settled'), ['0014-reports-settled']);

        const reports = await db
          .selectFrom('reports')
          .select(['comment_id', 'created_ms', 'settled_ms'])
          .orderBy('comment_id')
          .orderBy('created_ms')
          .execute();
        assert.deepEqual(
          reports.map((r) => [r.comment_id, Number(r.created_ms), r.settled_ms === null ? null : Number(r.settled_ms)]),
          [
            [hidden, 100, 500],
            [hidden, 200, 500],
            [hidden, 600, null],
            [approved, 700, null],
            [waiting, 100, null],
            [waiting, 200, null],
          ],
        );
        const counts = await db.selectFrom('comments').select(['id', 'report_count']).orderBy('id').execute();
        assert.deepEqual(
          counts.map((c) => [c.id, c.report_count]),
          [
            [hidden, 1],
            [approved, 1],
            [waiting, 2],
          ],
          'the counter holds the open reports',
        );
      } finally {
        await db.destroy();
      }
    });
  });
}
