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
/** A poll, a thread and a service: somewhere to vote, comment, upvote, report and rate. */
const content = {
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
  services: [{ id: 's', name: 'Page', question: 'Useful?', scale: 'yesno' as const, reasons: [{ id: 'clear', label: 'Clear' }] }],
};

for (const { name, url } of testDatabaseUrls()) {
  describe(`The participant token is never stored, on ${name}`, () => {
    let server: TestServer;
    const token = 'raw-participant-token-0123456789';

    before(async () => (server = await startTestServer(url, content)));
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

for (const { name, url } of testDatabaseUrls()) {
  describe(`A participant downloads what is held for their token, on ${name}`, () => {
    let server: TestServer;
    const me = 'download-participant-token-0001';
    const other = 'download-participant-token-0002';

    before(async () => (server = await startTestServer(url, content)));
    after(() => server?.close());

    const call = (voter: string | null, path: string, method = 'GET', body?: unknown) =>
      fetch(`${server.api}${path}`, {
        method,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(voter ? { 'x-civic-voter': voter } : {}),
          ...(method === 'GET' ? {} : { 'idempotency-key': `key-${Math.random().toString(36).slice(2, 12)}` }),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });

    const ok = async (res: Promise<Response>) => {
      const answer = await res;
      assert.ok(answer.ok, `${answer.url}: ${answer.status} ${await answer.clone().text()}`);
      return answer;
    };

    test('every vote, comment, upvote, report and rating of the token, and nothing of anyone else’s', async () => {
      await ok(call(me, '/polls/p/votes', 'POST', { choices: ['b'] }));
      const posted = (await (await ok(call(me, '/threads/t/comments', 'POST', { body: 'Mine', authorName: 'Ada' }))).json()) as {
        id: string;
      };
      const theirs = (await (await ok(call(other, '/threads/t/comments', 'POST', { body: 'Theirs' }))).json()) as { id: string };
      await ok(call(me, `/threads/t/comments/${theirs.id}/upvote`, 'PUT'));
      await ok(call(me, `/threads/t/comments/${theirs.id}/reports`, 'POST', { reason: 'spam' }));
      const rated = (await (await ok(call(me, '/services/s/ratings', 'POST', { score: 1 }))).json()) as { ratingId: string };
      await ok(call(me, `/services/s/ratings/${rated.ratingId}`, 'PATCH', { reasons: ['clear'] }));
      await ok(call(other, '/polls/p/votes', 'POST', { choices: ['a'] }));

      const res = await call(me, '/participant/data');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('cache-control') ?? '', /no-store/);
      const data = (await res.json()) as Record<string, { [k: string]: unknown }[]>;
      assert.deepEqual(
        data['votes']!.map((v) => [v['pollId'], v['choices']]),
        [['p', ['b']]],
      );
      assert.deepEqual(
        data['comments']!.map((c) => [c['commentId'], c['body'], c['authorName']]),
        [[posted.id, 'Mine', 'Ada']],
      );
      assert.deepEqual(data['upvotes'], [{ threadId: 't', commentId: theirs.id }]);
      assert.deepEqual(
        data['reports']!.map((r) => [r['commentId'], r['reason']]),
        [[theirs.id, 'spam']],
      );
      assert.deepEqual(
        data['ratings']!.map((r) => [r['serviceId'], r['score'], r['reasons']]),
        [['s', 1, ['clear']]],
      );
      assert.doesNotMatch(JSON.stringify(data), /Theirs/);
    });

    test('without a token: a clear 422, nothing about anyone', async () => {
      const res = await call(null, '/participant/data');
      assert.equal(res.status, 422);
      assert.match(((await res.json()) as { detail: string }).detail, /X-Civic-Voter/);
    });
  });
}
