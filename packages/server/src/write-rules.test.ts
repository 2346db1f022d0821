import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { REPORTS_PER_NETWORK_PER_HOUR } from './domain/threads.js';
import { assertInvariants } from './test-support/invariants.js';
import { ADMIN_TOKEN, type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Who may hide a comment, and what stays out of reach once a comment is taken
 * down: rules that hold against one person with many participant tokens.
 */
for (const { name, url } of testDatabaseUrls()) {
  describe(`Write rules on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      const fixture = conformanceFixture();
      fixture.threads.push({ id: 'many', title: 'Many comments', reportThreshold: 100 });
      server = await startTestServer(url, fixture);
    });
    after(() => server.close());
    afterEach(() => assertInvariants(server.ctx.db));

    const call = (path: string, voter: string, network: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
      fetch(`${server.api}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          'x-civic-voter': voter.padStart(24, '_'),
          'x-forwarded-for': network,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const admin = (path: string, method = 'GET', body?: unknown) =>
      fetch(`${server.api}/admin${path}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const comment = async (thread: string, body: string, parentId?: string) =>
      ((await (await call(`/threads/${thread}/comments`, 'author', '192.0.2.10', { body, parentId })).json()) as { id: string })
        .id;
    const listed = async (thread: string, id: string) =>
      (
        (await (await call(`/threads/${thread}/comments`, 'reader', '192.0.2.20')).json()) as { items: { id: string }[] }
      ).items.some((c) => c.id === id);

    test('fresh participant tokens from one network cannot hide a comment; reports from distinct networks do', async () => {
      const id = await comment('post', 'Unpopular but fair');
      // Threshold 2: three tokens, one network (the same /24).
      for (const [i, address] of ['203.0.113.5', '203.0.113.77', '203.0.113.200'].entries()) {
        assert.equal(
          (await call(`/threads/post/comments/${id}/reports`, `sock-puppet-${i}`, address, { reason: 'spam' })).status,
          204,
        );
      }
      assert.ok(await listed('post', id), 'still published after three reports from one network');
      assert.equal(
        (await call(`/threads/post/comments/${id}/reports`, 'neighbour', '198.51.100.9', { reason: 'abuse' })).status,
        204,
      );
      assert.ok(!(await listed('post', id)), 'hidden once a second network reports it');
      // Moderators still see it, with every report.
      const queue = (await (await admin('/moderation?kind=reported')).json()) as {
        id: string;
        status: string;
        reportCount: number;
      }[];
      assert.deepEqual(
        queue.filter((c) => c.id === id).map((c) => [c.status, c.reportCount]),
        [['hidden', 4]],
      );
    });

    test('reports from one network are limited per hour', async () => {
      const ids: string[] = [];
      for (let i = 0; i <= REPORTS_PER_NETWORK_PER_HOUR; i++) ids.push(await comment('many', `Comment ${i}`));
      const statuses: number[] = [];
      for (const [i, id] of ids.entries()) {
        statuses.push(
          (await call(`/threads/many/comments/${id}/reports`, `reporter-${i}`, '198.18.200.1', { reason: 'spam' })).status,
        );
      }
      assert.deepEqual(statuses, [...Array(REPORTS_PER_NETWORK_PER_HOUR).fill(204), 429]);
      assert.equal(
        (await call(`/threads/many/comments/${ids.at(-1)}/reports`, 'elsewhere', '198.18.201.1', { reason: 'spam' })).status,
        204,
        'another network may still report',
      );
    });

    test('replies under a removed comment are out of reach: not listed, not upvoted, reported or answered', async () => {
      const parent = await comment('post', 'Parent to be removed');
      const reply = await comment('post', 'Reply', parent);
      assert.equal((await call(`/threads/post/comments?parentId=${parent}`, 'reader', '192.0.2.20')).status, 200);
      assert.equal((await admin(`/comments/${parent}/remove`, 'POST', { reason: 'Removed in a test' })).status, 200);
      assert.equal((await call(`/threads/post/comments?parentId=${parent}`, 'reader', '192.0.2.20')).status, 404);
      const upvote = await call(`/threads/post/comments/${reply}/upvote`, 'fan', '192.0.2.30', undefined, 'PUT');
      assert.equal(upvote.status, 404);
      assert.equal(
        (await call(`/threads/post/comments/${reply}/reports`, 'critic', '192.0.2.40', { reason: 'spam' })).status,
        404,
      );
      assert.equal(
        (await call('/threads/post/comments', 'replier', '192.0.2.50', { body: 'Deeper', parentId: reply })).status,
        404,
      );
      // Approving the parent brings the reply back.
      assert.equal((await admin(`/comments/${parent}/approve`, 'POST', { reason: 'Approved in a test' })).status, 200);
      assert.equal((await call(`/threads/post/comments/${reply}/upvote`, 'fan', '192.0.2.30', undefined, 'PUT')).status, 200);
    });
  });
}
