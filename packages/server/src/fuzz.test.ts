import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { adminApi } from './http/admin-api.js';
import { moderationApi } from './http/moderation-api.js';
import { petitionsApi } from './http/petitions-api.js';
import { resultsApi } from './http/results-api.js';
import { publicRoutes } from './http/public-routes.js';
import { ADMIN_TOKEN, type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';
import { headerValue, nastyString, queryString, rawBody, segment } from './test-support/fuzz.js';

/*
 * Finding 15, "no input yields a 500": every public and admin route gets
 * requests built from its schemas and from well outside them. Every answer
 * must be 2xx–4xx; a 4xx must leave every table exactly as it was.
 *
 * Requests go through fastify's inject: the whole pipeline runs (origin check,
 * rate limits, admin token, content-type parsing, error handler) without sockets.
 * The seed is random unless CIVIC_FUZZ_SEED is set; fast-check prints the seed
 * and the shrunk counter-example on failure. CIVIC_FUZZ_RUNS sets the number of
 * requests per database.
 */

const RUNS = Number(process.env['CIVIC_FUZZ_RUNS'] ?? 200);
const SEED = process.env['CIVIC_FUZZ_SEED'] === undefined ? undefined : Number(process.env['CIVIC_FUZZ_SEED']);
const ALLOWED_ORIGIN = 'https://city.example';

interface Target {
  method: string;
  url: string;
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  admin?: boolean;
}

const fixture = conformanceFixture();
/** Ids that exist, so that requests reach past "not found". Comment and rating ids grow as the fuzz creates them. */
const known: Record<string, string[]> = {
  pollId: (fixture.polls ?? []).map((p) => p.id),
  threadId: (fixture.threads ?? []).map((t) => t.id),
  petitionId: (fixture.petitions ?? []).map((p) => p.id),
  serviceId: (fixture.services ?? []).map((s) => s.id),
  commentId: ['1'],
  ratingId: [],
  blockId: ['1'],
  signatureId: ['1'],
  kind: ['votes', 'comments', 'signatures', 'ratings'],
  token: [],
};

const targets: Target[] = [
  ...publicRoutes.map((r) => ({ method: r.method, url: `/api/v1${r.url}`, params: r.params, query: r.query, body: r.body })),
  ...[...adminApi, ...moderationApi, ...petitionsApi, ...resultsApi].map((r) => ({
    method: r.method,
    url: `/api/v1/admin${r.url}`,
    ...(r.params ? { params: r.params } : {}),
    ...(r.query ? { query: r.query } : {}),
    ...(r.body ? { body: r.body } : {}),
    admin: true,
  })),
  { method: 'GET', url: '/api/v1/stream' },
  { method: 'GET', url: '/api/v1/confirm/:token', params: z.object({ token: z.string() }) },
  { method: 'POST', url: '/api/v1/confirm/:token', params: z.object({ token: z.string() }) },
  { method: 'GET', url: '/api/v1/health' },
  { method: 'GET', url: '/api/v1/openapi.json' },
];

const byLabel = new Map(targets.map((t) => [`${t.method} ${t.url}`, t]));
/**
 * Tables written for requests rather than by them (see snapshot), and by background jobs that an
 * earlier request queued (a closed petition's mailing runs a moment later, whatever the next request is).
 */
const UNCHECKED = new Set(['rate_limits', 'refused_origins', 'live_events', 'jobs', 'petition_mailings']);

const topic = fc.oneof(
  fc.constantFrom(...known['pollId']!.map((id) => `poll:${id}`), 'thread:post', 'petition:open', 'service:stars'),
  nastyString.map((s) => s.slice(0, 80)),
);
const topics = fc.array(topic, { minLength: 0, maxLength: 22 }).map((list) => list.join(','));

/** Values the fixture's rules accept, for fields whose schema alone rarely hits one. */
const hints = {
  choices: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 2 }),
  reasons: fc.uniqueArray(fc.constantFrom('fast', 'clear'), { maxLength: 2 }),
  score: fc.integer({ min: 0, max: 5 }),
  regionId: fc.constantFrom('north', 'south', null),
  body: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  consent: fc.constant(true),
  website: fc.constant(''),
};

const voters = ['fuzz-voter-a-000000000000', 'fuzz-voter-b-000000000000', 'fuzz-voter-c-000000000000'];
/**
 * A header: absent (weight `absent`), a usual value (`usual`, chosen often so
 * requests get through to the handlers), an odd one, or anything.
 */
function header(usual: string[], odd: string[], absent = 1): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: absent, arbitrary: fc.constant(undefined) },
    { weight: 10, arbitrary: fc.constantFrom(...usual) },
    { weight: 1, arbitrary: fc.constantFrom(...odd) },
    { weight: 1, arbitrary: headerValue(nastyString) },
  );
}

interface Request {
  /** "METHOD url" of the target route (a label, so counter-examples print readably). */
  target: string;
  method: string;
  segments: string[];
  query: string;
  body: string | undefined;
  headers: Record<string, string | undefined>;
  remoteAddress: string;
}

function request(target: Target): fc.Arbitrary<Request> {
  const names = [...target.url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const shape = (target.params as { def?: { shape?: Record<string, z.ZodMiniType> } } | undefined)?.def?.shape ?? {};
  const write = target.method !== 'GET';
  return fc.record({
    target: fc.constant(`${target.method} ${target.url}`),
    method: fc.oneof(
      { weight: 9, arbitrary: fc.constant(target.method) },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS') },
    ),
    segments: fc.tuple(...names.map((name) => segment(shape[name], known[name] ?? []))),
    query: fc.oneof(
      { weight: 3, arbitrary: queryString(target.query, target.url.endsWith('/stream') ? { topics } : {}) },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    body:
      write || target.body ? rawBody(target.body, hints) : fc.option(rawBody(undefined), { freq: 8 }).map((b) => b ?? undefined),
    headers: fc.record({
      'content-type': header(
        ['application/json', 'application/json; charset=utf-8'],
        [
          'APPLICATION/JSON',
          'application/problem+json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
        ],
      ),
      'x-civic-voter': header(voters, ['short', 'x'.repeat(129), '<script>']),
      'idempotency-key': header(['fuzz-key-0001', 'fuzz-key-0002'], ['x', 'y'.repeat(129)], 6),
      origin: header([ALLOWED_ORIGIN], ['https://evil.example', 'null', 'http://localhost'], 6),
      authorization: header([`Bearer ${ADMIN_TOKEN}`], ['Bearer wrong', 'Basic eDp5', 'Bearer', ''], target.admin ? 1 : 6),
      'last-event-id': header(['0', '1'], ['-1', '99999999999999999999'], 6),
    }),
    // Mostly distinct networks, so per-network limits (failed admin logins) throttle some requests, not all.
    remoteAddress: fc.oneof(
      { weight: 8, arbitrary: fc.ipV4() },
      { weight: 1, arbitrary: fc.constantFrom('127.0.0.1', '::1', '2001:db8::1', '::ffff:198.51.100.9') },
    ),
  });
}

for (const { name, url } of testDatabaseUrls()) {
  describe(`Fuzzing every route on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(url, fixture, { CIVIC_ALLOWED_ORIGINS: ALLOWED_ORIGIN });
    });
    after(() => server.close());

    /** Every row of every table, in a stable order. */
    async function snapshot(): Promise<string> {
      const tables = await server.ctx.db.introspection.getTables();
      const all: Record<string, string[]> = {};
      // Not data a request changes: rate limits (kept in PostgreSQL) count refused requests too;
      // refused origins (SiteList.refused) and live events (the bus numbers them in the database
      // after a commit) are written in the background, so what an earlier request caused may land
      // during a later one, whatever that one does.
      for (const table of tables
        .map((t) => t.name)
        .filter((t) => !UNCHECKED.has(t))
        .sort()) {
        // Dynamic table names are outside kysely's typed schema.
        const rows = await server.ctx.db
          .selectFrom(table as 'polls')
          .selectAll()
          .execute();
        all[table] = rows.map((row) => JSON.stringify(row)).sort();
      }
      return JSON.stringify(all);
    }

    // Runs first, on the fixture as seeded.
    test('what the fuzz found: NUL in stored text, comment ids beyond the id column — 4xx, nothing changed', async () => {
      const voter = { 'x-civic-voter': voters[0]!, 'content-type': 'application/json' };
      const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
      const beyond = '4202356449'; // over PostgreSQL's serial (2^31 - 1)
      const cases: [string, string, Record<string, string>, unknown, number][] = [
        ['POST', '/api/v1/threads/post/comments', voter, { body: 'a\u0000b' }, 422],
        ['POST', '/api/v1/threads/post/comments', voter, { body: 'ok', authorName: 'N\u0000' }, 422],
        ['POST', '/api/v1/threads/post/comments/1/reports', voter, { reason: 'spam', note: 'n\u0000' }, 422],
        ['PATCH', '/api/v1/services/stars/ratings/abcdefgh', voter, { comment: 'c\u0000' }, 422],
        ['POST', '/api/v1/petitions/plain/signatures', voter, { name: 'A\u0000', email: 'nul@example.org', consent: true }, 422],
        [
          'POST',
          '/api/v1/petitions/plain/signatures',
          voter,
          { name: 'A', email: 'nul@example.org', consent: true, sourceUrl: 'https://city.example/\u0000' },
          422,
        ],
        ['POST', '/api/v1/admin/petitions', admin, { id: 'nul-petition', title: 'P\u0000', goal: 10 }, 422],
        ['POST', '/api/v1/admin/threads', admin, { id: 'nul-thread', comments: [{ id: 'x', body: 'b\u0000' }] }, 422],
        [
          'POST',
          '/api/v1/admin/threads',
          admin,
          { id: 'nul-thread', comments: [{ id: 'x', body: 'b', authorName: '\u0000' }] },
          422,
        ],
        ['POST', '/api/v1/threads/post/comments', voter, { body: 'ok', parentId: beyond }, 404],
        ['GET', `/api/v1/threads/post/comments?parentId=${beyond}`, voter, undefined, 404],
        ['PUT', `/api/v1/threads/post/comments/${beyond}/upvote`, voter, undefined, 404],
        ['DELETE', `/api/v1/threads/post/comments/${beyond}/upvote`, voter, undefined, 404],
        ['POST', `/api/v1/threads/post/comments/${beyond}/reports`, voter, { reason: 'spam' }, 404],
        ['POST', `/api/v1/admin/comments/${beyond}/hide`, { authorization: admin.authorization }, undefined, 404],
      ];
      for (const [method, path, headers, payload, expected] of cases) {
        const before = await snapshot();
        const res = await server.app.inject({
          method: method as 'GET',
          url: path,
          // An empty body declared as JSON would be refused before the id is looked at.
          headers: Object.fromEntries(Object.entries(headers).filter(([k]) => payload !== undefined || k !== 'content-type')),
          ...(payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
        });
        const label = `${method} ${path} ${JSON.stringify(payload) ?? ''}`;
        assert.equal(res.statusCode, expected, `${label}: ${res.body}`);
        assert.equal(await snapshot(), before, `${label}: nothing changed`);
      }
    });

    test('no request answers 5xx, and a refused one changes nothing', async () => {
      const statuses = new Map<number, number>();
      let last = await snapshot();

      await fc.assert(
        fc.asyncProperty(fc.oneof(...targets.map(request)), async (r) => {
          const target = byLabel.get(r.target)!;
          let index = 0;
          const path = target.url.replace(/:\w+/g, () => r.segments[index++] ?? '');
          const headers = Object.fromEntries(Object.entries(r.headers).filter(([, v]) => v !== undefined)) as Record<
            string,
            string
          >;
          const stream = path.startsWith('/api/v1/stream');
          const abort = new AbortController();
          const res = await server.app.inject({
            method: r.method as 'GET',
            url: r.query ? `${path}?${r.query}` : path,
            headers,
            remoteAddress: r.remoteAddress,
            ...(r.body !== undefined ? { payload: r.body } : {}),
            // An accepted stream never ends: take its status, then hang up.
            ...(stream ? { payloadAsStream: true, signal: abort.signal } : {}),
          });
          abort.abort();
          const status = res.statusCode;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const answer = stream ? '(stream)' : res.body.slice(0, 400);
          const after = await snapshot();
          const before = last;
          last = after;

          assert.ok(status >= 200 && status < 500, `${r.method} ${path}?${r.query} answered ${status}: ${answer}`);
          assert.equal(Object.keys(Object.prototype).length, 0, 'Object.prototype untouched');
          if (status >= 400) assert.equal(after, before, `${r.method} ${path} answered ${status} but changed data: ${answer}`);
          else if (!stream && r.method !== 'HEAD' && res.headers['content-type']?.toString().startsWith('application/json'))
            remember(res.json());
        }),
        { numRuns: RUNS, includeErrorInReport: true, ...(SEED !== undefined ? { seed: SEED } : {}) },
      );

      // inject went through the same hooks as a socket would: rate limits and the origin check.
      const read = await server.app.inject({ method: 'GET', url: '/api/v1/polls/multi' });
      assert.ok(read.headers['x-ratelimit-limit'], 'rate limits apply');
      const foreign = await server.app.inject({
        method: 'POST',
        url: '/api/v1/polls/multi/votes',
        headers: { origin: 'https://evil.example', 'x-civic-voter': voters[0]!, 'content-type': 'application/json' },
        payload: '{"choices":["a"]}',
      });
      assert.equal(foreign.statusCode, 403, 'the origin check applies');

      // The fuzz must reach the handlers, not only bounce off the first check.
      const total = [...statuses.values()].reduce((a, b) => a + b, 0);
      const successes = [...statuses].filter(([s]) => s < 300).reduce((a, [, n]) => a + n, 0);
      assert.ok(successes >= total * 0.05, `only ${successes} of ${total} requests succeeded: ${JSON.stringify([...statuses])}`);
    });
  });
}

/** Keeps ids from successful answers, so later requests can act on what earlier ones created. */
function remember(body: unknown): void {
  const value = body as { id?: unknown; ratingId?: unknown; items?: { id?: unknown }[] } | null;
  if (!value || typeof value !== 'object') return;
  const add = (list: string[], id: unknown) => {
    if (typeof id === 'string' && !list.includes(id) && list.length < 50) list.push(id);
  };
  if (typeof value.ratingId === 'string') add(known['ratingId']!, value.ratingId);
  if (typeof value.id === 'string' && /^\d+$/.test(value.id)) add(known['commentId']!, value.id);
  for (const item of Array.isArray(value.items) ? value.items : []) add(known['commentId']!, item.id);
}
