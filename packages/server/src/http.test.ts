import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { ADMIN_TOKEN, type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

const VOTER = { 'x-civic-voter': 'matrix-voter-000000000000' };
const JSON_HEADERS = { ...VOTER, 'content-type': 'application/json' };
const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };

for (const { name, url } of testDatabaseUrls()) {
  describe(`HTTP API on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(url, conformanceFixture(), { CIVIC_ALLOWED_ORIGINS: 'https://city.example' });
    });
    after(() => server.close());

    const call = (path: string, init: RequestInit = {}) => fetch(`${server.api}${path}`, init);
    const json = async (res: Response) => res.json() as Promise<Record<string, unknown>>;

    /** Everything a citizen can see or that counts, to check bad input changed nothing. */
    async function snapshot() {
      const db = server.ctx.db;
      return JSON.stringify(
        await Promise.all([
          db.selectFrom('ballots').selectAll().orderBy('poll_id').orderBy('voter').execute(),
          db.selectFrom('poll_tallies').selectAll().orderBy('poll_id').orderBy('option_id').orderBy('shard').execute(),
          db.selectFrom('comments').selectAll().orderBy('id').execute(),
          db.selectFrom('upvotes').selectAll().orderBy('comment_id').execute(),
          db.selectFrom('reports').selectAll().orderBy('comment_id').execute(),
          db.selectFrom('signatures').select(['id', 'email', 'status']).orderBy('id').execute(),
          db.selectFrom('ratings').select(['id', 'score', 'reasons', 'comment']).orderBy('id').execute(),
          db.selectFrom('polls').selectAll().orderBy('id').execute(),
        ]),
      );
    }

    test('bad input matrix: each case gets a 4xx problem and changes nothing', async () => {
      const writes: [string, string][] = [
        ['POST', '/polls/single/votes'],
        ['POST', '/threads/post/comments'],
        ['POST', '/petitions/plain/signatures'],
        ['POST', '/services/stars/ratings'],
      ];
      const script = '<script>alert(1)</script><img src=x onerror=alert(1)>';
      const cases: {
        label: string;
        method: string;
        path: string;
        headers?: Record<string, string>;
        body?: string;
        status: number[];
      }[] = [];
      for (const [method, path] of writes) {
        cases.push(
          { label: `${path} malformed JSON`, method, path, headers: JSON_HEADERS, body: '{"choices": [', status: [400] },
          { label: `${path} JSON array`, method, path, headers: JSON_HEADERS, body: '[1,2]', status: [422] },
          {
            label: `${path} wrong types`,
            method,
            path,
            headers: JSON_HEADERS,
            body: '{"choices": "a", "body": 5, "name": [], "email": 1, "score": "5"}',
            status: [422],
          },
          { label: `${path} missing fields`, method, path, headers: JSON_HEADERS, body: '{}', status: [422] },
          {
            label: `${path} extra fields`,
            method,
            path,
            headers: JSON_HEADERS,
            body: '{"choices":["a"],"body":"x","score":5,"admin":true}',
            status: [422],
          },
          {
            label: `${path} oversized`,
            method,
            path,
            headers: JSON_HEADERS,
            body: JSON.stringify({ body: 'x'.repeat(200_000) }),
            status: [413],
          },
          {
            label: `${path} wrong content type`,
            method,
            path,
            headers: { ...VOTER, 'content-type': 'text/plain' },
            body: 'choices=a',
            status: [415],
          },
          {
            label: `${path} form encoded`,
            method,
            path,
            headers: { ...VOTER, 'content-type': 'application/x-www-form-urlencoded' },
            body: 'choices=a',
            status: [415],
          },
          { label: `${path} no body`, method, path, headers: JSON_HEADERS, status: [400] },
          {
            label: `${path} no participant token`,
            method,
            path,
            headers: { 'content-type': 'application/json' },
            body: '{"choices":["a"]}',
            status: [422],
          },
          {
            label: `${path} foreign origin`,
            method,
            path,
            headers: { ...JSON_HEADERS, origin: 'https://evil.example' },
            body: '{"choices":["a"]}',
            status: [403],
          },
        );
      }
      cases.push(
        {
          label: 'unknown poll',
          method: 'POST',
          path: '/polls/nope/votes',
          headers: JSON_HEADERS,
          body: '{"choices":["a"]}',
          status: [404],
        },
        { label: 'malformed poll id', method: 'GET', path: '/polls/..%2Fadmin', status: [404] },
        { label: 'unknown comment', method: 'PUT', path: '/threads/post/comments/999999/upvote', headers: VOTER, status: [404] },
        {
          label: 'non-numeric comment id',
          method: 'PUT',
          path: '/threads/post/comments/abc/upvote',
          headers: VOTER,
          status: [404],
        },
        {
          label: 'unknown rating',
          method: 'PATCH',
          path: '/services/stars/ratings/zzz',
          headers: JSON_HEADERS,
          body: '{"comment":"x"}',
          status: [404],
        },
        {
          label: 'script in comment name, over length',
          method: 'POST',
          path: '/threads/post/comments',
          headers: JSON_HEADERS,
          body: JSON.stringify({ body: script, authorName: script.repeat(5) }),
          status: [422],
        },
        {
          label: 'script as vote option',
          method: 'POST',
          path: '/polls/single/votes',
          headers: JSON_HEADERS,
          body: JSON.stringify({ choices: [script] }),
          status: [422],
        },
        {
          label: 'script as e-mail',
          method: 'POST',
          path: '/petitions/plain/signatures',
          headers: JSON_HEADERS,
          body: JSON.stringify({ name: 'A', email: script, consent: true }),
          status: [422],
        },
        {
          label: 'javascript: page URL',
          method: 'POST',
          path: '/services/stars/ratings',
          headers: JSON_HEADERS,
          body: JSON.stringify({ score: 9, pageUrl: 'javascript:alert(1)' }),
          status: [422],
        },
        { label: 'bad cursor', method: 'GET', path: '/threads/post/comments?cursor=%3Cscript%3E', status: [422] },
        { label: 'bad limit', method: 'GET', path: '/threads/post/comments?limit=100000', status: [422] },
        { label: 'bad sort', method: 'GET', path: '/threads/post/comments?sort=random', status: [422] },
        { label: 'bad stream topics', method: 'GET', path: '/stream?topics=poll:a,admin:b', status: [422] },
        {
          label: 'malformed idempotency key',
          method: 'POST',
          path: '/polls/single/votes',
          headers: { ...JSON_HEADERS, 'idempotency-key': 'x' },
          body: '{"choices":["a"]}',
          status: [422],
        },
        {
          label: 'malformed voter token',
          method: 'POST',
          path: '/polls/single/votes',
          headers: { 'content-type': 'application/json', 'x-civic-voter': '<script>' },
          body: '{"choices":["a"]}',
          status: [422],
        },
        { label: 'unknown route', method: 'GET', path: '/nothing-here', status: [404] },
        {
          label: 'admin without token',
          method: 'POST',
          path: '/admin/polls',
          headers: { 'content-type': 'application/json' },
          body: '{}',
          status: [401],
        },
        {
          label: 'admin wrong token',
          method: 'GET',
          path: '/admin/polls',
          headers: { authorization: 'Bearer wrong' },
          status: [401],
        },
        {
          label: 'admin bad definition',
          method: 'POST',
          path: '/admin/polls',
          headers: ADMIN,
          body: JSON.stringify({ id: 'Bad Id', question: script, options: [] }),
          status: [422],
        },
        {
          label: 'admin moderation of unknown comment',
          method: 'POST',
          path: '/admin/comments/424242/hide',
          headers: { authorization: ADMIN.authorization },
          status: [404],
        },
        { label: 'admin unknown export', method: 'GET', path: '/admin/export/passwords', headers: ADMIN, status: [404] },
      );

      const before = await snapshot();
      for (const c of cases) {
        const res = await call(c.path, {
          method: c.method,
          ...(c.headers ? { headers: c.headers } : {}),
          ...(c.body !== undefined ? { body: c.body } : {}),
        });
        assert.ok(c.status.includes(res.status), `${c.label}: expected ${c.status.join('/')}, got ${res.status}`);
        assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/, `${c.label}: problem content type`);
        const body = await json(res);
        assert.equal(typeof body['code'], 'string', `${c.label}: stable code`);
        assert.equal(body['status'], res.status, `${c.label}: status in body`);
        assert.ok(!JSON.stringify(body).includes('<script>'), `${c.label}: no script echoed back`);
      }
      assert.equal(await snapshot(), before, 'nothing changed');
      assert.ok(cases.length >= 60, `matrix has ${cases.length} cases`);
    });

    test('user text is stored and returned as text, never interpreted', async () => {
      const body = '<b>bold</b> & <script>alert(1)</script>';
      const res = await call('/threads/pre/comments', {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ body, authorName: '<i>Eve</i>' }),
      });
      assert.equal(res.status, 201);
      const comment = await json(res);
      assert.equal(comment['body'], body);
      assert.equal(comment['authorName'], '<i>Eve</i>');
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    });

    test('no cookies anywhere; participant answers are not cached', async () => {
      for (const path of ['/polls/multi', '/threads/post/comments', '/petitions/open', '/services/stars', '/openapi.json']) {
        const res = await call(path, { headers: VOTER });
        assert.equal(res.headers.get('set-cookie'), null, path);
        if (path !== '/openapi.json') assert.match(res.headers.get('cache-control') ?? '', /no-store/, path);
      }
    });

    test('CORS: any page may read; only allowed origins may write', async () => {
      const read = await call('/polls/multi', { headers: { origin: 'https://elsewhere.example' } });
      assert.equal(read.status, 200);
      assert.equal(read.headers.get('access-control-allow-origin'), 'https://elsewhere.example');
      const preflight = await call('/polls/multi/votes', {
        method: 'OPTIONS',
        headers: {
          origin: 'https://city.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-civic-voter,idempotency-key',
        },
      });
      assert.ok(preflight.status === 204 || preflight.status === 200);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /x-civic-voter/);
      const allowed = await call('/polls/multi/votes', {
        method: 'POST',
        headers: { ...JSON_HEADERS, 'x-civic-voter': 'cors-voter-00000000000000', origin: 'https://city.example' },
        body: '{"choices":["a"]}',
      });
      assert.equal(allowed.status, 200);
      const self = await call('/polls/multi/votes', {
        method: 'POST',
        headers: { ...JSON_HEADERS, 'x-civic-voter': 'self-voter-000000000000000', origin: server.base },
        body: '{"choices":["b"]}',
      });
      assert.equal(self.status, 200, "the server's own origin may write, whatever its host name");
    });

    test('Idempotency-Key: a retried write returns the first answer and counts once', async () => {
      const headers = { ...JSON_HEADERS, 'x-civic-voter': 'idem-voter-00000000000000', 'idempotency-key': 'retry-key-0001' };
      const first = await call('/polls/changeable/votes', { method: 'POST', headers, body: '{"choices":["a"]}' });
      const again = await call('/polls/changeable/votes', { method: 'POST', headers, body: '{"choices":["a"]}' });
      assert.equal(first.status, 200);
      assert.equal(again.status, 200);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await json(again), await json(first));
      const view = await json(await call('/polls/changeable', { headers }));
      assert.equal((view['results'] as { totalParticipants: number }).totalParticipants, 1);
      const reused = await call('/services/stars/ratings', { method: 'POST', headers, body: '{"score":5}' });
      assert.equal(reused.status, 422, 'a key reused for another request is refused');
    });

    test('rate limits answer 429 with Retry-After', async () => {
      const { createServer } = await import('./server.js');
      const tight = await createServer(
        {
          databaseUrl: 'sqlite::memory:',
          port: 0,
          logLevel: 'silent',
          seedOnFirstStart: false,
          rateLimit: { reads: 3, writes: 100, participantWrites: 2 },
        },
        {},
      );
      const base = await tight.listen();
      try {
        const codes: number[] = [];
        for (let i = 0; i < 5; i++) codes.push((await fetch(`${base}/api/v1/polls/nope`)).status);
        assert.deepEqual(codes, [404, 404, 404, 429, 429]);
        const res = await fetch(`${base}/api/v1/polls/nope`);
        assert.ok(Number(res.headers.get('retry-after')) > 0);
        assert.equal((await json(res))['code'], 'rate-limited');
        // Per participant: the third write from one participant is refused, another participant still writes.
        const write = (voter: string) =>
          fetch(`${base}/api/v1/services/nope/ratings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-civic-voter': voter.padEnd(20, '0') },
            body: '{"score":1}',
          });
        const statuses = [
          (await write('busy')).status,
          (await write('busy')).status,
          (await write('busy')).status,
          (await write('calm')).status,
        ];
        assert.deepEqual(statuses, [404, 404, 429, 404]);
      } finally {
        await tight.close();
      }
    });

    test('OpenAPI 3.1 document describes every public endpoint from the schemas', async () => {
      const doc = (await json(await call('/openapi.json'))) as {
        openapi: string;
        paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
      };
      assert.equal(doc.openapi, '3.1.0');
      const vote = doc.paths['/api/v1/polls/{pollId}/votes']?.['post'];
      assert.ok(vote?.requestBody, 'vote body described');
      assert.match(JSON.stringify(vote), /"choices"/);
      for (const path of [
        '/api/v1/threads/{threadId}/comments',
        '/api/v1/petitions/{petitionId}/signatures',
        '/api/v1/services/{serviceId}/ratings/{ratingId}',
        '/api/v1/stream',
      ]) {
        assert.ok(doc.paths[path], `${path} described`);
      }
    });
  });
}
