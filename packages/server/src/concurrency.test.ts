import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Counts stay exact when many requests arrive at once: uniqueness is enforced
 * by database constraints inside transactions, not by check-then-insert.
 */
for (const { name, url } of testDatabaseUrls()) {
  describe(`Concurrency on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(url, conformanceFixture());
    });
    after(() => server.close());

    const post = (path: string, voter: string, body: unknown, method = 'POST') =>
      fetch(`${server.api}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          // Tokens need 16+ characters: pad in front so distinct names stay distinct.
          'x-civic-voter': voter.padStart(24, '_'),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });

    test('500 simultaneous votes from one participant count once', async () => {
      const responses = await Promise.all(
        Array.from({ length: 500 }, () => post('/polls/single/votes', 'same-voter', { choices: ['a'] })),
      );
      const statuses = responses.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 200).length, 1);
      assert.equal(statuses.filter((s) => s === 409).length, 499);
      // Straight from the tallies: every shard row, summed here.
      const rows = await server.ctx.db
        .selectFrom('poll_tallies')
        .select(['option_id', 'count'])
        .where('poll_id', '=', 'single')
        .execute();
      const sum = (key: string) => rows.filter((r) => r.option_id === key).reduce((n, r) => n + Number(r.count), 0);
      assert.equal(sum(''), 1, 'participants');
      assert.equal(sum('a'), 1);
    });

    test('2 000 participants voting at once are all counted', async () => {
      const responses = await Promise.all(
        Array.from({ length: 2000 }, (_, i) => post('/polls/multi/votes', `voter-${i}`, { choices: [i % 2 ? 'a' : 'b', 'c'] })),
      );
      assert.ok(responses.every((r) => r.status === 200));
      const view = (await (await fetch(`${server.api}/polls/multi`)).json()) as {
        results: { totalParticipants: number; counts: { optionId: string; count: number }[] };
      };
      assert.equal(view.results.totalParticipants, 2000);
      assert.deepEqual(
        view.results.counts.map((c) => c.count),
        [1000, 1000, 2000, 0],
      );
    });

    test('upvotes: one per participant under concurrency, all participants counted', async () => {
      const comment = (await (await post('/threads/post/comments', 'commenter', { body: 'Upvote me' })).json()) as { id: string };
      const path = `/threads/post/comments/${comment.id}/upvote`;
      await Promise.all(Array.from({ length: 200 }, () => post(path, 'one-upvoter', undefined, 'PUT')));
      await Promise.all(Array.from({ length: 300 }, (_, i) => post(path, `upvoter-${i}`, undefined, 'PUT')));
      const row = await server.ctx.db
        .selectFrom('comments')
        .select('score')
        .where('id', '=', Number(comment.id))
        .executeTakeFirstOrThrow();
      assert.equal(row.score, 301);
      const { n } = await server.ctx.db
        .selectFrom('upvotes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(n), 301);
    });

    test('signatures: the same e-mail many times in the same millisecond is one signature, never an error', async () => {
      // The same time makes the same confirmation token: two uniqueness rules race.
      const realNow = server.ctx.now;
      const frozen = new Date();
      server.ctx.now = () => frozen;
      try {
        const answers = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            post('/petitions/plain/signatures', `twin-${i}`, { name: 'Sam', email: 'twin@example.org', consent: true }),
          ),
        );
        assert.deepEqual(
          answers.map((r) => r.status).filter((s) => s !== 202),
          [],
        );
      } finally {
        server.ctx.now = realNow;
      }
      const rows = await server.ctx.db.selectFrom('signatures').select('id').where('email', '=', 'twin@example.org').execute();
      assert.equal(rows.length, 1);
    });

    test('signatures: one per e-mail under concurrency; concurrent confirmations count once', async () => {
      const sign = (email: string, i: number) =>
        post('/petitions/plain/signatures', `signer-${i}`, { name: 'Sam', email, consent: true });
      const same = await Promise.all(Array.from({ length: 100 }, (_, i) => sign('same@example.org', i)));
      assert.ok(same.every((r) => r.status === 202));
      const rows = await server.ctx.db.selectFrom('signatures').select('id').where('email', '=', 'same@example.org').execute();
      assert.equal(rows.length, 1);
      const token = await server.lastConfirmToken('same@example.org');
      await Promise.all(Array.from({ length: 50 }, () => fetch(`${server.api}/confirm/${token}`)));
      await Promise.all(Array.from({ length: 300 }, (_, i) => sign(`person-${i}@example.org`, i)));
      for (let i = 0; i < 300; i++)
        await fetch(`${server.api}/confirm/${await server.lastConfirmToken(`person-${i}@example.org`)}`);
      const view = (await (await fetch(`${server.api}/petitions/plain`)).json()) as { petition: { signatureCount: number } };
      assert.equal(view.petition.signatureCount, 301);
    });
  });
}
