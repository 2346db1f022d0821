/**
 * Shutting down: a handler still at work finishes before the database closes,
 * even when its client has gone away. On PostgreSQL a row lock taken from
 * another connection holds a vote inside its handler while the client aborts
 * and the server is told to close; the vote must still be stored.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { startTestServer, testDatabaseUrls } from './test-support/server.js';

for (const { name, url } of testDatabaseUrls().filter((d) => d.url.startsWith('postgres'))) {
  describe(`Shutdown on ${name}`, () => {
    test('a handler whose client went away finishes before the database closes', async () => {
      const server = await startTestServer(url, conformanceFixture());
      const locker = new pg.Client({ connectionString: url });
      await locker.connect();
      try {
        // A ballot insert needs a share lock on its poll's row: hold the row.
        await locker.query('BEGIN');
        await locker.query("SELECT id FROM polls WHERE id = 'single' FOR UPDATE");

        const client = new AbortController();
        const vote = fetch(`${server.api}/polls/single/votes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-civic-voter': 'leaving-participant-0001' },
          body: JSON.stringify({ choices: ['a'] }),
          signal: client.signal,
        }).catch(() => 'aborted');
        await new Promise((r) => setTimeout(r, 300)); // the handler is now waiting for the lock
        client.abort();
        assert.equal(await vote, 'aborted');

        const closing = server.close();
        await new Promise((r) => setTimeout(r, 300));
        await locker.query('COMMIT');
        await closing;

        const { rows } = await locker.query("SELECT count(*)::int AS n FROM ballots WHERE poll_id = 'single'");
        assert.equal(rows[0].n, 1, 'the vote was stored, not cut off by the database closing');
      } finally {
        await locker.end();
      }
    });
  });
}
