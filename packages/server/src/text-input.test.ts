import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

const VOTER = { 'x-civic-voter': 'text-input-voter-00000000' };
const JSON_HEADERS = { ...VOTER, 'content-type': 'application/json' };

const RLO = '\u202E';
const ZWSP = '\u200B';
const ZWNJ = '\u200C';
/** "I want" in Persian: the ZWNJ is part of the spelling. */
const PERSIAN = `می${ZWNJ}خواهم`;

const CONTENT = {
  threads: [{ id: 't', title: 'Library opening hours' }],
  petitions: [{ id: 'p', title: 'Keep the library open', goal: 10 }],
  services: [{ id: 's', name: 'Library', question: 'How was your visit?', commentMaxLength: 500 }],
};

for (const { name, url } of testDatabaseUrls()) {
  describe(`Text from participants on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(url, CONTENT);
    });
    after(() => server.close());

    const call = (path: string, init: RequestInit = {}) => fetch(`${server.api}${path}`, init);
    const post = (path: string, body: unknown, method = 'POST') =>
      call(path, { method, headers: JSON_HEADERS, body: JSON.stringify(body) });
    const comments = () => server.ctx.db.selectFrom('comments').selectAll().orderBy('id').execute();

    async function assertInvalid(res: Response, field: string): Promise<void> {
      assert.equal(res.status, 422, await res.clone().text());
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
      const problem = (await res.json()) as { code: string; errors?: { path: string }[] };
      assert.equal(problem.code, 'invalid-input');
      assert.ok(
        problem.errors?.some((e) => e.path === field),
        `names ${field}: ${JSON.stringify(problem.errors)}`,
      );
    }

    test('a comment with NUL is refused with 422 naming the field, and nothing is stored', async () => {
      const before = await comments();
      await assertInvalid(await post('/threads/t/comments', { body: 'hello\u0000world' }), 'body');
      await assertInvalid(await post('/threads/t/comments', { body: 'hello', authorName: 'Ada\u0000' }), 'authorName');
      await assertInvalid(await post('/threads/t/comments', { body: 'ring \u0007 ring' }), 'body');
      assert.deepEqual(await comments(), before);
    });

    test('a lone surrogate is refused with 422, and nothing is stored', async () => {
      const before = await comments();
      // JSON.stringify writes lone surrogates as \ud800 escapes: exactly what reaches the server.
      for (const bad of ['\ud800', '\udc00', 'x\ud83d'])
        await assertInvalid(await post('/threads/t/comments', { body: bad }), 'body');
      await assertInvalid(
        await post('/petitions/p/signatures', { name: 'Ada\udc00', email: 'ada@example.org', consent: true }),
        'name',
      );
      assert.deepEqual(await comments(), before);
      assert.equal((await server.ctx.db.selectFrom('signatures').selectAll().execute()).length, 0);
    });

    test('control characters are refused in every public free-text field', async () => {
      const created = await post('/threads/t/comments', { body: 'to report' });
      assert.equal(created.status, 201);
      const { id } = (await created.json()) as { id: string };
      await assertInvalid(await post(`/threads/t/comments/${id}/reports`, { reason: 'other', note: 'x\u0000' }), 'note');
      await assertInvalid(
        await post('/petitions/p/signatures', {
          name: 'Ada',
          email: 'ada@example.org',
          consent: true,
          sourceUrl: 'https://city.example/a\u0000b',
        }),
        'sourceUrl',
      );
      await assertInvalid(await post('/services/s/ratings', { score: 4, pageUrl: 'https://city.example/\u0000' }), 'pageUrl');
      const rated = await post('/services/s/ratings', { score: 4 });
      assert.equal(rated.status, 200);
      const { ratingId } = (await rated.json()) as { ratingId: string };
      await assertInvalid(await post(`/services/s/ratings/${ratingId}`, { comment: 'meh\u0000' }, 'PATCH'), 'comment');
    });

    test('NUL in query strings and paths is a 4xx, never a 500', async () => {
      for (const query of ['cursor=%00', 'parentId=%00', 'parentId=1%00', 'sort=%00', 'limit=%00', 'cursor=%ED%A0%80']) {
        const res = await call(`/threads/t/comments?${query}`);
        assert.ok(res.status >= 400 && res.status < 500, `${query}: HTTP ${res.status}`);
      }
      for (const path of ['/threads/t%00', '/petitions/p%00', '/confirm/%00aaaaaaaaaaaaaaaaaa', '/stream?topics=thread:t%00']) {
        const res = await call(path);
        assert.ok(res.status >= 400 && res.status < 500, `${path}: HTTP ${res.status}`);
        await res.body?.cancel();
      }
    });

    test('an author name with RLO is stored without it, and ZWSP is removed', async () => {
      const res = await post('/threads/t/comments', {
        body: `Opening${ZWSP} hours`,
        authorName: `${RLO}noitartsinimda yrarbiL`,
      });
      assert.equal(res.status, 201);
      const comment = (await res.json()) as { id: string; authorName: string; body: string };
      assert.equal(comment.authorName, 'noitartsinimda yrarbiL');
      assert.equal(comment.body, 'Opening hours');
      const row = await server.ctx.db
        .selectFrom('comments')
        .select(['author_name', 'body'])
        .where('id', '=', Number(comment.id))
        .executeTakeFirstOrThrow();
      assert.equal(row.author_name, 'noitartsinimda yrarbiL');
      assert.equal(row.body, 'Opening hours');
    });

    test('Persian ZWNJ is kept in a comment body, and removed from a name', async () => {
      const res = await post('/threads/t/comments', { body: PERSIAN, authorName: `Ada${ZWNJ}` });
      assert.equal(res.status, 201);
      const comment = (await res.json()) as { authorName: string; body: string };
      assert.equal(comment.body, PERSIAN);
      assert.equal(comment.authorName, 'Ada');
    });

    test("a signer's name is stored as a name: no bidi controls, no joiners", async () => {
      const res = await post('/petitions/p/signatures', {
        name: `${RLO}Ada${ZWNJ}${ZWSP}`,
        email: 'ada@example.org',
        consent: true,
        showName: true,
      });
      assert.equal(res.status, 202);
      const row = await server.ctx.db
        .selectFrom('signatures')
        .select('name')
        .where('email', '=', 'ada@example.org')
        .executeTakeFirstOrThrow();
      assert.equal(row.name, 'Ada');
    });
  });
}
