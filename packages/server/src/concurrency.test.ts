import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { assertInvariants } from './test-support/invariants.js';
import { type TestServer, networkOf, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Counts stay exact when many requests arrive at once: uniqueness is enforced
 * by database constraints inside transactions, not by check-then-insert.
 */
for (const { name, url } of testDatabaseUrls()) {
  describe(`Concurrency on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      const fixture = conformanceFixture();
      // A threshold no test reaches: concurrent reports must all land on a visible comment.
      fixture.threads.push({ id: 'reports', title: 'Many reports', reportThreshold: 100 });
      fixture.polls.push({
        id: 'mixed',
        question: 'Change allowed?',
        options: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        allowChange: true,
      });
      server = await startTestServer(url, fixture);
    });
    after(() => server.close());
    // Whatever a test looked at, every counter must still equal a recount.
    afterEach(() => assertInvariants(server.ctx.db));

    const post = (path: string, voter: string, body: unknown, method = 'POST', headers: Record<string, string> = {}) =>
      fetch(`${server.api}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          // Tokens need 16+ characters: pad in front so distinct names stay distinct.
          'x-civic-voter': voter.padStart(24, '_'),
          // Each participant acts from a network of its own unless a test says otherwise.
          'x-forwarded-for': networkOf(voter),
          ...headers,
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

    test('votes arriving together are judged one by one: refused ones change nothing and hold up none of the others', async () => {
      // Votes are written in batches (http/write-queue.ts): this mixes, in one burst, every way a vote can end.
      const vote = (poll: string, voter: string, choices: string[], key?: string) =>
        post(`/polls/${poll}/votes`, voter, { choices }, 'POST', key ? { 'idempotency-key': key } : {});
      const ids = (prefix: string) => Array.from({ length: 10 }, (_, i) => `${prefix}-${i}`);
      for (const v of ids('voted')) assert.equal((await vote('after-close', v, ['a'])).status, 200);
      for (const v of ids('keyed')) assert.equal((await vote('after-close', v, ['b'], `key-of-${v}`)).status, 200);
      for (const v of ids('changer')) assert.equal((await vote('mixed', v, ['a'])).status, 200);

      const burst = await Promise.all([
        ...ids('new').map((v) => vote('after-close', v, ['a'])),
        ...ids('voted').map((v) => vote('after-close', v, ['b'])),
        ...ids('keyed').map((v) => vote('after-close', v, ['b'], `key-of-${v}`)),
        ...ids('changer').map((v) => vote('mixed', v, ['b'])),
        ...ids('late').map((v) => vote('closed', v, ['a'])),
        ...ids('draft').map((v) => vote('draft', v, ['a'])),
        ...ids('lost').map((v) => vote('no-such-poll', v, ['a'])),
        ...ids('wrong').map((v) => vote('after-close', v, ['z'], `key-of-${v}`)),
      ]);
      const statuses = (from: number) => burst.slice(from, from + 10).map((r) => r.status);
      assert.deepEqual(statuses(0), Array(10).fill(200), 'new voters');
      assert.deepEqual(statuses(10), Array(10).fill(409), 'second votes where change is not allowed');
      assert.deepEqual(statuses(20), Array(10).fill(200), 'retries replayed');
      assert.ok(burst.slice(20, 30).every((r) => r.headers.get('idempotent-replayed') === 'true'));
      assert.deepEqual(statuses(30), Array(10).fill(200), 'changed votes');
      assert.deepEqual(statuses(40), Array(10).fill(423), 'closed poll');
      assert.deepEqual(statuses(50), Array(10).fill(404), 'draft');
      assert.deepEqual(statuses(60), Array(10).fill(404), 'unknown poll');
      assert.deepEqual(statuses(70), Array(10).fill(422), 'an option the poll does not have');
      const changed = (await burst[30]!.json()) as { myVote: string[]; results: { counts: { count: number }[] } };
      assert.deepEqual(changed.myVote, ['b']);

      // A refused vote's key was given back: its retry is judged afresh, not replayed as a refusal.
      const retry = await vote('after-close', 'wrong-0', ['a'], 'key-of-wrong-0');
      assert.equal(retry.status, 200);
      assert.equal(retry.headers.get('idempotent-replayed'), null);

      const count = async (poll: string, option: string) => {
        const rows = await server.ctx.db.selectFrom('ballots').select('choices').where('poll_id', '=', poll).execute();
        return rows.filter((r) => (JSON.parse(r.choices) as string[]).includes(option)).length;
      };
      assert.equal(await count('after-close', 'a'), 21, 'the first votes stand, the new ones and the retry added');
      assert.equal(await count('after-close', 'b'), 10);
      assert.equal(await count('mixed', 'b'), 10);
      assert.equal(await count('mixed', 'a'), 0);
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
      await Promise.all(Array.from({ length: 50 }, () => fetch(`${server.api}/confirm/${token}`, { method: 'POST' })));
      await Promise.all(Array.from({ length: 300 }, (_, i) => sign(`person-${i}@example.org`, i)));
      for (let i = 0; i < 300; i++)
        await fetch(`${server.api}/confirm/${await server.lastConfirmToken(`person-${i}@example.org`)}`, { method: 'POST' });
      const view = (await (await fetch(`${server.api}/petitions/plain`)).json()) as { petition: { signatureCount: number } };
      assert.equal(view.petition.signatureCount, 301);
    });

    test('concurrent vote changes from one participant are counted from the ballot each replaces', async () => {
      // Ten participants vote b; one of them then sends ten changes at once (1× b, 9× a).
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => post('/polls/changeable/votes', `earlier-${i}`, { choices: ['b'] })),
      );
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => post('/polls/changeable/votes', 'earlier-0', { choices: [i === 0 ? 'b' : 'a'] })),
      );
      assert.deepEqual(
        answers.map((r) => r.status),
        Array(10).fill(200),
      );
      const view = (await (await post('/polls/changeable', 'earlier-0', undefined, 'GET')).json()) as {
        myVote: string[];
        results: { totalParticipants: number; counts: { optionId: string; count: number }[] };
      };
      const expectA = view.myVote[0] === 'a' ? 1 : 0;
      assert.equal(view.results.totalParticipants, 10);
      assert.deepEqual(
        view.results.counts.map((c) => c.count),
        [expectA, 10 - expectA],
      );
    });

    test('one Idempotency-Key sent twelve times at once acts once and answers the same twelve times', async () => {
      const answers = await Promise.all(
        Array.from({ length: 12 }, () =>
          post('/threads/post/comments', 'retrying-author', { body: 'Sent once, retried' }, 'POST', {
            'idempotency-key': 'comment-key-0001',
          }),
        ),
      );
      const bodies = (await Promise.all(answers.map((r) => r.json()))) as { id: string }[];
      assert.deepEqual(
        answers.map((r) => r.status),
        Array(12).fill(201),
      );
      assert.equal(new Set(bodies.map((b) => b.id)).size, 1, 'one comment id in every answer');
      assert.equal(answers.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 11);
      const rows = await server.ctx.db.selectFrom('comments').select('id').where('body', '=', 'Sent once, retried').execute();
      assert.equal(rows.length, 1);
    });

    test('concurrent reports of one comment are all counted', async () => {
      const comment = (await (await post('/threads/reports/comments', 'reported-author', { body: 'Report me' })).json()) as {
        id: string;
      };
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          post(`/threads/reports/comments/${comment.id}/reports`, `reporter-${i}`, { reason: 'spam' }),
        ),
      );
      assert.deepEqual(
        answers.map((r) => r.status),
        Array(6).fill(204),
      );
      const row = await server.ctx.db
        .selectFrom('comments')
        .select('report_count')
        .where('id', '=', Number(comment.id))
        .executeTakeFirstOrThrow();
      assert.equal(row.report_count, 6);
    });
  });
}
