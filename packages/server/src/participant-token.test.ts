import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * The participant token is the only thing that ties a person's votes,
 * comments and ratings together; the server keeps keyed hashes of it, never
 * the token itself (docs/privacy.md). This looks in every table after writes
 * that pass every store: a vote, a comment, a rating, with an idempotency key
 * and the per-participant rate limit (kept in the database on PostgreSQL).
 */
for (const { name, url } of testDatabaseUrls()) {
  describe(`The participant token is never stored, on ${name}`, () => {
    let server: TestServer;
    const token = 'raw-participant-token-0123456789';

    before(async () => {
      server = await startTestServer(url, {
        polls: [
          {
            id: 'p',
            question: 'Which?',
            options: [
              { id: 'a', label: 'A' },
              { id: 'b', label: 'B' },
            ],
          },
        ],
        threads: [{ id: 't', title: 'Talk' }],
        services: [{ id: 's', name: 'Page', question: 'Useful?', scale: 'yesno' }],
      });
    });
    after(() => server?.close());

    test('no table holds it after a vote, a comment and a rating', async () => {
      const write = (path: string, body: unknown, key: string) =>
        fetch(`${server.api}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-civic-voter': token, 'idempotency-key': key },
          body: JSON.stringify(body),
        });
      for (const [path, body, key] of [
        ['/polls/p/votes', { choices: ['a'] }, 'key-0001'],
        ['/threads/t/comments', { body: 'Hello' }, 'key-0002'],
        ['/services/s/ratings', { score: 1 }, 'key-0003'],
      ] as const) {
        const res = await write(path, body, key);
        assert.ok(res.ok, `${path}: ${res.status} ${await res.text()}`);
      }

      const db = server.ctx.db;
      const tables = url.startsWith('postgres')
        ? (await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`.execute(db)).rows
        : (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db)).rows;
      assert.ok(tables.some((t) => t.name === 'ballots'));
      for (const { name: table } of tables) {
        const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(db)).rows;
        assert.ok(!JSON.stringify(rows).includes(token), `${table} holds the raw participant token`);
      }
    });
  });
}
