import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type TestServer, participant, startTestServer } from './test-support/server.js';

/*
 * The LISTEN connection that brings an instance its live events can drop
 * (a PostgreSQL restart, a network blip, an idle-session timeout): the
 * instance listens again and reads what it missed from the table, so its
 * viewers miss nothing.
 */
const url = process.env['CIVIC_TEST_DATABASE_URL'];
const NAME = 'Live events on PostgreSQL when the LISTEN connection drops';

if (!url) {
  describe(NAME, () => {
    test(
      'needs CIVIC_TEST_DATABASE_URL (postgres://…)',
      { skip: 'CIVIC_TEST_DATABASE_URL is not set: the LISTEN reconnection was NOT tested' },
      () => {},
    );
  });
} else {
  describe(NAME, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(url, conformanceFixture());
    });
    after(() => server.close());

    test('events published while it is down reach the viewer once it listens again, in order, once each', async () => {
      const controller = new AbortController();
      const res = await fetch(`${server.api}/stream?topics=service:csat`, { signal: controller.signal });
      let text = '';
      const reading = (async () => {
        try {
          for await (const chunk of res.body!.pipeThrough(new TextDecoderStream())) text += chunk;
        } catch {
          // aborted below
        }
      })();
      const ids = () => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));

      await participant(server, 'before-drop').rate('csat', { score: 3 });
      for (let i = 0; i < 250 && ids().length < 1; i++) await sleep(20);
      assert.equal(ids().length, 1);

      const { rows } = await import('kysely').then(({ sql }) =>
        sql<{ ended: boolean }>`SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
          WHERE application_name = 'civic-live-listen' AND datname = current_database()`.execute(server.ctx.db),
      );
      assert.ok(rows.length >= 1 && rows.every((r) => r.ended), 'the LISTEN connection was ended');
      // Published at once, before the instance listens again.
      for (const name of ['during-drop-1', 'during-drop-2']) await participant(server, name).rate('csat', { score: 4 });
      for (let i = 0; i < 250 && ids().length < 3; i++) await sleep(20);
      await participant(server, 'after-drop').rate('csat', { score: 5 });
      for (let i = 0; i < 250 && ids().length < 4; i++) await sleep(20);
      await sleep(200);
      controller.abort();
      await reading;

      const seen = ids();
      assert.equal(seen.length, 4, text);
      assert.deepEqual(
        seen,
        [...new Set(seen)].sort((a, b) => a - b),
        'in order, none twice',
      );
      const stored = await server.ctx.db
        .selectFrom('live_events')
        .select('id')
        .where('topic', '=', 'service:csat')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        seen,
        stored.map((r) => Number(r.id)),
        'every stored event',
      );
    });
  });
}
