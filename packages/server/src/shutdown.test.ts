/**
 * Shutting down: a handler still at work finishes before the database closes,
 * even when its client has gone away. A vote is held inside its handler (by a
 * gate in front of its transaction, or on PostgreSQL by a row lock taken from
 * another connection) while the client aborts and the server is told to
 * close; the vote must still be stored.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { connect } from './db/connect.js';
import type { Context } from './domain/context.js';
import { startTestServer, testDatabaseUrls } from './test-support/server.js';

/** Starts a vote whose client then gives up; resolves once the request was aborted. */
async function abandonedVote(api: string): Promise<void> {
  const client = new AbortController();
  const vote = fetch(`${api}/polls/single/votes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-civic-voter': 'leaving-participant-0001' },
    body: JSON.stringify({ choices: ['a'] }),
    signal: client.signal,
  }).catch(() => 'aborted');
  await new Promise((r) => setTimeout(r, 300)); // the handler is now held
  client.abort();
  assert.equal(await vote, 'aborted');
}

for (const { name, url: configured } of testDatabaseUrls()) {
  describe(`Shutdown on ${name}`, () => {
    test('a handler held before its transaction finishes before the database closes', async () => {
      // SQLite in a file, so the data can be read after the server closed it.
      const dir = mkdtempSync(join(tmpdir(), 'civic-shutdown-'));
      const url = configured.startsWith('sqlite') ? `sqlite:${join(dir, 'civic.db')}` : configured;
      try {
        const server = await startTestServer(url, conformanceFixture());
        let open!: () => void;
        const gate = new Promise<void>((r) => (open = r));
        const transact = server.ctx.transact;
        server.ctx.transact = (async (work) => {
          await gate;
          return transact(work);
        }) as Context['transact'];

        await abandonedVote(server.api);
        const closing = server.close();
        await new Promise((r) => setTimeout(r, 300));
        open();
        await closing;

        const reopened = await connect(url);
        try {
          const ballots = await reopened.db.selectFrom('ballots').select('voter').where('poll_id', '=', 'single').execute();
          assert.equal(ballots.length, 1, 'the vote was stored, not cut off by the database closing');
        } finally {
          await reopened.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

for (const { name, url } of testDatabaseUrls().filter((d) => d.url.startsWith('postgres'))) {
  describe(`Shutdown on ${name}, with a row lock held`, () => {
    test('a handler waiting for a row lock finishes before the database closes', async () => {
      const server = await startTestServer(url, conformanceFixture());
      const locker = new pg.Client({ connectionString: url });
      await locker.connect();
      try {
        // A ballot insert needs a share lock on its poll's row: hold the row.
        await locker.query('BEGIN');
        await locker.query("SELECT id FROM polls WHERE id = 'single' FOR UPDATE");

        await abandonedVote(server.api); // its handler now waits for the lock

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
