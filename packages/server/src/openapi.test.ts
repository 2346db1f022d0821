import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type TestProvider, startSignIn, startWithProvider, throughProvider } from './test-support/oidc.js';
import { ADMIN_TOKEN, type TestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Every operation of openapi.json is called for real, once with an answer that
 * succeeds and once with a problem, and each answer is checked against what the
 * document says for that status: the document cannot drift from the server.
 */

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema: Json }[];
  responses: Record<string, Json>;
  security?: Record<string, string[]>[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: Json;
}

const VOTER = 'openapi-voter-0000000000';
const ADMIN = `Bearer ${ADMIN_TOKEN}`;

/** Operations that have no problem answer to provoke (no input, no limits). */
const NO_PROBLEM = new Set(['GET /api/v1/health', 'GET /api/v1/openapi.json', 'GET /api/v1/admin/auth/methods']);

interface Call {
  method: string;
  /** The documented path template, e.g. /api/v1/polls/{pollId}. */
  op: string;
  /** The path actually requested (defaults to `op`), with any query string. */
  path?: string | (() => string);
  body?: unknown | (() => unknown);
  admin?: boolean;
  headers?: Record<string, string> | (() => Record<string, string>);
  status: number;
  /** Remembers something from the answer for later calls. */
  keep?: (body: Json) => void;
}

for (const { name, url } of testDatabaseUrls()) {
  describe(`openapi.json matches real answers on ${name}`, () => {
    let server: TestServer;
    // Single sign-on is configured, with a real provider, so that its routes answer for real.
    let provider: TestProvider;
    let doc: Document;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const compiled = new Map<Json, ValidateFunction>();

    before(async () => {
      ({ server, provider } = await startWithProvider(url, conformanceFixture(), {
        CIVIC_ALLOWED_ORIGINS: 'https://city.example',
      }));
      provider.accounts.set('openapi-admin', { email: 'sso@example.gov', email_verified: true, groups: ['civic-admins'] });
      doc = (await (await fetch(`${server.api}/openapi.json`)).json()) as Document;
    });
    after(async () => {
      await server.close();
      await provider.close();
    });

    /** Follows a local `$ref` (`#/components/…`). */
    function deref<T>(value: T): T {
      const ref = (value as { $ref?: string }).$ref;
      if (!ref) return value;
      let target: unknown = doc;
      for (const part of ref.slice(2).split('/')) target = (target as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
      assert.ok(target, `${ref} resolves`);
      return deref(target as T);
    }
    const validator = (schema: Json) => {
      const resolved = deref(schema);
      let fn = compiled.get(resolved);
      if (!fn) compiled.set(resolved, (fn = ajv.compile(resolved)));
      return fn;
    };

    test('every operation, public and admin, answers as documented', async () => {
      const seen = new Map<string, { success: boolean; problem: boolean }>();
      const ids: Record<string, string> = {};

      async function run(call: Call): Promise<void> {
        const key = `${call.method} ${call.op}`;
        const operation = doc.paths[call.op]?.[call.method.toLowerCase()];
        assert.ok(operation, `${key} is in openapi.json`);
        const path = typeof call.path === 'function' ? call.path() : (call.path ?? call.op);
        const headers: Record<string, string> = {
          'x-civic-voter': VOTER,
          ...(typeof call.headers === 'function' ? call.headers() : call.headers),
        };
        if (call.admin) headers['authorization'] = ADMIN;
        const body = typeof call.body === 'function' ? (call.body as () => unknown)() : call.body;
        if (body !== undefined) headers['content-type'] = 'application/json';
        const abort = new AbortController();
        const res = await fetch(`${server.base}${path}`, {
          method: call.method,
          headers,
          signal: abort.signal,
          // Redirects are answers to check, not to follow.
          redirect: 'manual',
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        const label = `${key} → ${path}`;
        assert.equal(res.status, call.status, `${label}: status`);

        // A request the server accepts has path parameters the document accepts.
        if (res.ok) {
          const template = call.op.split('/');
          const actual = path.split('?')[0]!.split('/');
          for (const [i, part] of template.entries()) {
            const name = /^\{(\w+)\}$/.exec(part)?.[1];
            if (!name) continue;
            const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name);
            assert.ok(parameter, `${label}: path parameter ${name} documented`);
            const value = decodeURIComponent(actual[i] ?? '');
            assert.ok(validator(parameter.schema)(value), `${label}: ${name} "${value}" fits the documented schema`);
          }
        }

        const documented =
          operation.responses[String(res.status)] ??
          operation.responses[`${String(res.status)[0]}XX`] ??
          operation.responses['default'];
        assert.ok(documented, `${label}: status ${res.status} documented`);
        const response = deref(documented);
        const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
        const content = response['content'] as Record<string, { schema?: Json }> | undefined;
        if (res.status === 204) {
          assert.equal(content, undefined, `${label}: 204 has no content`);
        } else if (res.status >= 300 && res.status < 400) {
          assert.ok(res.headers.get('location'), `${label}: redirects somewhere`);
          assert.ok((response['headers'] as Json | undefined)?.['Location'], `${label}: Location documented`);
          await res.body?.cancel();
        } else {
          assert.ok(
            content?.[type],
            `${label}: ${type} documented for ${res.status} (has ${Object.keys(content ?? {}).join(', ')})`,
          );
          const schema = content[type]!.schema;
          if (type === 'application/json' || type === 'application/problem+json') {
            const body = (await res.json()) as Json;
            assert.ok(schema, `${label}: schema for ${type}`);
            const validate = validator(schema);
            assert.ok(validate(body), `${label}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
            call.keep?.(body);
            const cookie = res.headers.get('set-cookie');
            if (cookie?.startsWith('civic_console=') && res.ok) ids['cookie'] = cookie.split(';')[0]!;
          } else if (type !== 'text/event-stream') {
            await res.text();
          }
        }
        abort.abort();
        const entry = seen.get(key) ?? { success: false, problem: false };
        if (res.status < 400) entry.success = true;
        else entry.problem = true;
        seen.set(key, entry);
      }

      const calls: Call[] = [
        // ---------------------------------------------------------- public
        { method: 'GET', op: '/api/v1/health', status: 200 },
        { method: 'GET', op: '/api/v1/openapi.json', status: 200 },
        { method: 'GET', op: '/api/v1/polls/{pollId}', path: '/api/v1/polls/multi', status: 200 },
        // (After the votes and comments below have run it would hold more; its shape is checked either way.)
        { method: 'GET', op: '/api/v1/participant/data', status: 200 },
        { method: 'GET', op: '/api/v1/participant/data', headers: { 'x-civic-voter': '' }, status: 422 },
        { method: 'GET', op: '/api/v1/polls/{pollId}', path: '/api/v1/polls/draft', status: 404 },
        {
          method: 'POST',
          op: '/api/v1/polls/{pollId}/votes',
          path: '/api/v1/polls/multi/votes',
          body: { choices: ['a'] },
          status: 200,
        },
        {
          method: 'POST',
          op: '/api/v1/polls/{pollId}/votes',
          path: '/api/v1/polls/closed/votes',
          body: { choices: ['a'] },
          status: 423,
        },
        { method: 'GET', op: '/api/v1/threads/{threadId}', path: '/api/v1/threads/post', status: 200 },
        { method: 'GET', op: '/api/v1/threads/{threadId}', path: '/api/v1/threads/Not%20A%20Slug', status: 404 },
        {
          method: 'POST',
          op: '/api/v1/threads/{threadId}/comments',
          path: '/api/v1/threads/post/comments',
          body: { body: 'Hello', authorName: 'Eve' },
          status: 201,
          keep: (b) => (ids['comment'] = String(b['id'])),
        },
        {
          method: 'POST',
          op: '/api/v1/threads/{threadId}/comments',
          path: '/api/v1/threads/post/comments',
          body: {},
          status: 422,
        },
        {
          method: 'GET',
          op: '/api/v1/threads/{threadId}/comments',
          path: '/api/v1/threads/post/comments?sort=top&limit=1',
          status: 200,
        },
        { method: 'GET', op: '/api/v1/threads/{threadId}/comments', path: '/api/v1/threads/post/comments?limit=0', status: 422 },
        {
          method: 'PUT',
          op: '/api/v1/threads/{threadId}/comments/{commentId}/upvote',
          path: () => `/api/v1/threads/post/comments/${ids['comment']}/upvote`,
          status: 200,
        },
        {
          method: 'PUT',
          op: '/api/v1/threads/{threadId}/comments/{commentId}/upvote',
          path: '/api/v1/threads/post/comments/abc/upvote',
          status: 404,
        },
        {
          method: 'DELETE',
          op: '/api/v1/threads/{threadId}/comments/{commentId}/upvote',
          path: () => `/api/v1/threads/post/comments/${ids['comment']}/upvote`,
          status: 200,
        },
        {
          method: 'DELETE',
          op: '/api/v1/threads/{threadId}/comments/{commentId}/upvote',
          path: '/api/v1/threads/post/comments/999999/upvote',
          status: 404,
        },
        {
          method: 'POST',
          op: '/api/v1/threads/{threadId}/comments/{commentId}/reports',
          path: () => `/api/v1/threads/post/comments/${ids['comment']}/reports`,
          body: { reason: 'spam' },
          status: 204,
        },
        {
          method: 'POST',
          op: '/api/v1/threads/{threadId}/comments/{commentId}/reports',
          path: () => `/api/v1/threads/post/comments/${ids['comment']}/reports`,
          body: { reason: 'spam' },
          status: 409,
        },
        {
          method: 'POST',
          op: '/api/v1/threads/{threadId}/comments',
          path: '/api/v1/threads/post/comments',
          body: { body: 'Said in haste' },
          status: 201,
          keep: (b) => (ids['regretted'] = String(b['id'])),
        },
        {
          method: 'DELETE',
          op: '/api/v1/threads/{threadId}/comments/{commentId}',
          path: () => `/api/v1/threads/post/comments/${ids['regretted']}`,
          status: 204,
        },
        {
          method: 'DELETE',
          op: '/api/v1/threads/{threadId}/comments/{commentId}',
          path: () => `/api/v1/threads/post/comments/${ids['regretted']}`,
          status: 404,
        },
        { method: 'GET', op: '/api/v1/petitions/{petitionId}', path: '/api/v1/petitions/open', status: 200 },
        { method: 'GET', op: '/api/v1/petitions/{petitionId}', path: '/api/v1/petitions/nope', status: 404 },
        {
          method: 'POST',
          op: '/api/v1/petitions/{petitionId}/signatures',
          path: '/api/v1/petitions/plain/signatures',
          body: { name: 'Ada', email: 'ada@example.org', consent: true },
          status: 202,
        },
        {
          method: 'POST',
          op: '/api/v1/petitions/{petitionId}/signatures',
          path: '/api/v1/petitions/ended/signatures',
          body: { name: 'Ada', email: 'ada@example.org', consent: true },
          status: 423,
        },
        // The token is read from the outbox when this call's turn comes (see below).
        { method: 'GET', op: '/api/v1/confirm/{token}', status: 200 },
        { method: 'GET', op: '/api/v1/confirm/{token}', path: '/api/v1/confirm/not-a-real-token-000000', status: 404 },
        { method: 'POST', op: '/api/v1/confirm/{token}', status: 200 },
        { method: 'POST', op: '/api/v1/confirm/{token}', path: '/api/v1/confirm/not-a-real-token-000000', status: 404 },
        { method: 'GET', op: '/api/v1/services/{serviceId}', path: '/api/v1/services/stars', status: 200 },
        { method: 'GET', op: '/api/v1/services/{serviceId}', path: '/api/v1/services/nope', status: 404 },
        {
          method: 'POST',
          op: '/api/v1/services/{serviceId}/ratings',
          path: '/api/v1/services/stars/ratings',
          body: { score: 4 },
          status: 200,
          keep: (b) => (ids['rating'] = String(b['ratingId'])),
        },
        {
          method: 'POST',
          op: '/api/v1/services/{serviceId}/ratings',
          path: '/api/v1/services/closed/ratings',
          body: { score: 4 },
          status: 423,
        },
        {
          method: 'PATCH',
          op: '/api/v1/services/{serviceId}/ratings/{ratingId}',
          path: () => `/api/v1/services/stars/ratings/${ids['rating']}`,
          body: { reasons: ['fast'], comment: 'Quick' },
          status: 200,
        },
        {
          method: 'PATCH',
          op: '/api/v1/services/{serviceId}/ratings/{ratingId}',
          path: '/api/v1/services/stars/ratings/zzz',
          body: { comment: 'x' },
          status: 404,
        },
        { method: 'GET', op: '/api/v1/stream', path: '/api/v1/stream?topics=poll:multi,thread:post', status: 200 },
        { method: 'GET', op: '/api/v1/stream', path: '/api/v1/stream?topics=admin:x', status: 422 },
        // ----------------------------------------------------------- admin
        {
          method: 'GET',
          op: '/api/v1/admin/moderation',
          path: '/api/v1/admin/moderation?kind=reported',
          admin: true,
          status: 200,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/moderation',
          path: '/api/v1/admin/moderation?kind=pending',
          admin: true,
          status: 200,
        },
        { method: 'GET', op: '/api/v1/admin/moderation', path: '/api/v1/admin/moderation?kind=all', admin: true, status: 422 },
        ...(['approve', 'hide', 'remove'] as const).flatMap((action): Call[] => [
          {
            method: 'POST',
            op: `/api/v1/admin/comments/{commentId}/${action}`,
            path: () => `/api/v1/admin/comments/${ids['comment']}/${action}`,
            body: { reason: 'Checked', note: 'By the OpenAPI test' },
            admin: true,
            status: 200,
          },
          {
            method: 'POST',
            op: `/api/v1/admin/comments/{commentId}/${action}`,
            path: () => `/api/v1/admin/comments/${ids['comment']}/${action}`,
            admin: true,
            status: 422,
          },
        ]),
        {
          method: 'POST',
          op: '/api/v1/admin/petitions/{petitionId}/response',
          path: '/api/v1/admin/petitions/open/response',
          body: { body: 'The council agrees.' },
          admin: true,
          status: 200,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/petitions/{petitionId}/response',
          path: '/api/v1/admin/petitions/open/response',
          body: { body: '' },
          admin: true,
          status: 422,
        },
        ...['votes', 'comments', 'signatures', 'ratings'].flatMap((kind): Call[] => [
          { method: 'GET', op: '/api/v1/admin/export/{kind}', path: `/api/v1/admin/export/${kind}`, admin: true, status: 200 },
          {
            method: 'GET',
            op: '/api/v1/admin/export/{kind}',
            path: `/api/v1/admin/export/${kind}?format=csv&includeEmail=true`,
            admin: true,
            status: 200,
          },
        ]),
        { method: 'GET', op: '/api/v1/admin/export/{kind}', path: '/api/v1/admin/export/passwords', admin: true, status: 404 },
        {
          method: 'GET',
          op: '/api/v1/admin/export/{kind}',
          path: '/api/v1/admin/export/votes?format=xml',
          admin: true,
          status: 422,
        },
        { method: 'GET', op: '/api/v1/admin/outbox', path: '/api/v1/admin/outbox?limit=5', admin: true, status: 200 },
        { method: 'GET', op: '/api/v1/admin/outbox', status: 401 },
        // ------------------------------------------------------ moderation
        {
          method: 'GET',
          op: '/api/v1/admin/moderation/queue',
          path: '/api/v1/admin/moderation/queue?kind=all&sort=newest&limit=5&since=2020-01-01T00:00:00Z',
          admin: true,
          status: 200,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/moderation/queue',
          path: '/api/v1/admin/moderation/queue?cursor=nonsense',
          admin: true,
          status: 422,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/threads/{threadId}/comments',
          path: '/api/v1/admin/threads/post/comments?q=hello&limit=5',
          admin: true,
          status: 200,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/threads/{threadId}/comments',
          path: '/api/v1/admin/threads/nope/comments',
          admin: true,
          status: 404,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/comments/{commentId}/same-author',
          path: () => `/api/v1/admin/comments/${ids['comment']}/same-author?by=network`,
          admin: true,
          status: 200,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/comments/{commentId}/same-author',
          path: '/api/v1/admin/comments/424242/same-author',
          admin: true,
          status: 404,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/comments/moderate',
          body: () => ({ action: 'hide', ids: [ids['comment']], reason: 'Spam wave' }),
          admin: true,
          status: 200,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/comments/moderate',
          body: { action: 'hide', ids: ['424242'], reason: 'Spam wave' },
          admin: true,
          status: 404,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/blocks',
          body: () => ({ kind: 'participant', commentId: ids['comment'], hours: 1, reason: 'Trolling' }),
          admin: true,
          status: 201,
          keep: (b) => (ids['block'] = String(b['id'])),
        },
        { method: 'POST', op: '/api/v1/admin/blocks', body: { kind: 'participant', hours: 1 }, admin: true, status: 422 },
        { method: 'GET', op: '/api/v1/admin/blocks', path: '/api/v1/admin/blocks?status=all&limit=5', admin: true, status: 200 },
        { method: 'GET', op: '/api/v1/admin/blocks', path: '/api/v1/admin/blocks?status=expired', admin: true, status: 422 },
        // Lifted at once: the participant blocked is the one making this test's public calls.
        {
          method: 'POST',
          op: '/api/v1/admin/blocks/{blockId}/lift',
          path: () => `/api/v1/admin/blocks/${ids['block']}/lift`,
          body: { reason: 'Test over' },
          admin: true,
          status: 200,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/blocks/{blockId}/lift',
          path: () => `/api/v1/admin/blocks/${ids['block']}/lift`,
          body: { reason: 'Twice' },
          admin: true,
          status: 409,
        },
        // ------------------------------------------------------- petitions
        // (Someone who signed nothing: the answer's shape is checked, nothing else changes.)
        { method: 'POST', op: '/api/v1/admin/people/erase', body: { email: 'nobody@example.org' }, admin: true, status: 200 },
        { method: 'POST', op: '/api/v1/admin/people/erase', body: { email: 'not an address' }, admin: true, status: 422 },
        {
          method: 'POST',
          op: '/api/v1/admin/petitions/{petitionId}/signatures/search',
          path: '/api/v1/admin/petitions/plain/signatures/search',
          body: { email: 'ADA+x@example.org' },
          admin: true,
          status: 200,
          keep: (b) => (ids['signature'] = String((b['items'] as Json[])[0]?.['id'])),
        },
        {
          method: 'POST',
          op: '/api/v1/admin/petitions/{petitionId}/signatures/search',
          path: '/api/v1/admin/petitions/plain/signatures/search',
          body: { email: 'not an address' },
          admin: true,
          status: 422,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/petitions/{petitionId}/signatures/invalidate',
          path: '/api/v1/admin/petitions/plain/signatures/invalidate?dryRun=true',
          body: { domain: 'example.org', from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' },
          admin: true,
          status: 200,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/petitions/{petitionId}/signatures/invalidate',
          path: '/api/v1/admin/petitions/plain/signatures/invalidate',
          body: { domain: 'example.org', from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' },
          admin: true,
          status: 422,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/petitions/{petitionId}/signatures/{signatureId}/invalidate',
          path: () => `/api/v1/admin/petitions/plain/signatures/${ids['signature']}/invalidate`,
          body: { reason: 'Duplicate person' },
          admin: true,
          status: 200,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/petitions/{petitionId}/signatures/{signatureId}/invalidate',
          path: () => `/api/v1/admin/petitions/plain/signatures/${ids['signature']}/invalidate`,
          body: { reason: 'Twice' },
          admin: true,
          status: 409,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/petitions/{petitionId}/abuse-watch',
          path: '/api/v1/admin/petitions/plain/abuse-watch?minutes=120',
          admin: true,
          status: 200,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/petitions/{petitionId}/abuse-watch',
          path: '/api/v1/admin/petitions/plain/abuse-watch?minutes=0',
          admin: true,
          status: 422,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/petitions/{petitionId}/mailings',
          path: '/api/v1/admin/petitions/plain/mailings',
          admin: true,
          status: 200,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/petitions/{petitionId}/mailings',
          path: '/api/v1/admin/petitions/no-such-petition/mailings',
          admin: true,
          status: 404,
        },
        {
          method: 'PUT',
          op: '/api/v1/admin/petitions/{petitionId}/response-draft',
          path: '/api/v1/admin/petitions/open/response-draft',
          body: { body: 'The council will consider it.' },
          admin: true,
          status: 200,
        },
        {
          method: 'PUT',
          op: '/api/v1/admin/petitions/{petitionId}/response-draft',
          path: '/api/v1/admin/petitions/open/response-draft',
          body: { body: '' },
          admin: true,
          status: 422,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/petitions/{petitionId}/response-draft',
          path: '/api/v1/admin/petitions/open/response-draft',
          admin: true,
          status: 200,
        },
        {
          method: 'GET',
          op: '/api/v1/admin/petitions/{petitionId}/response-draft',
          path: '/api/v1/admin/petitions/nope/response-draft',
          admin: true,
          status: 404,
        },
        {
          method: 'DELETE',
          op: '/api/v1/admin/petitions/{petitionId}/response-draft',
          path: '/api/v1/admin/petitions/open/response-draft',
          admin: true,
          status: 204,
        },
        {
          method: 'DELETE',
          op: '/api/v1/admin/petitions/{petitionId}/response-draft',
          path: '/api/v1/admin/petitions/open/response-draft',
          admin: true,
          status: 404,
        },
        // --------------------------------------------------------- results
        ...(
          [
            ['polls', 'pollId', 'multi', 'time'],
            ['services', 'serviceId', 'stars', 'reasons'],
            ['petitions', 'petitionId', 'open', 'regions'],
            ['threads', 'threadId', 'post', 'statuses'],
          ] as const
        ).flatMap(([kind, param, id, table]): Call[] => [
          {
            method: 'GET',
            op: `/api/v1/admin/results/${kind}/{${param}}`,
            path: `/api/v1/admin/results/${kind}/${id}`,
            admin: true,
            status: 200,
          },
          {
            method: 'GET',
            op: `/api/v1/admin/results/${kind}/{${param}}`,
            path: `/api/v1/admin/results/${kind}/${id}?format=csv&table=${table}`,
            admin: true,
            status: 200,
          },
          {
            method: 'GET',
            op: `/api/v1/admin/results/${kind}/{${param}}`,
            path: `/api/v1/admin/results/${kind}/nope`,
            admin: true,
            status: 404,
          },
          {
            method: 'GET',
            op: `/api/v1/admin/results/${kind}/{${param}}`,
            path: `/api/v1/admin/results/${kind}/${id}?table=nope`,
            admin: true,
            status: 422,
          },
        ]),
        // --------------------------------------------------------- console
        {
          method: 'POST',
          op: '/api/v1/admin/staff',
          body: { email: 'Editor@Example.gov', name: 'Eddie', role: 'editor' },
          admin: true,
          status: 201,
          keep: (b) => {
            ids['staff'] = String((b['staff'] as Json)['id']);
            ids['setup'] = String(b['setupLink']).split('#setup=')[1]!;
          },
        },
        {
          method: 'POST',
          op: '/api/v1/admin/staff',
          body: { email: 'editor@example.gov', role: 'editor' },
          admin: true,
          status: 409,
        },
        { method: 'GET', op: '/api/v1/admin/staff', admin: true, status: 200 },
        { method: 'GET', op: '/api/v1/admin/staff', status: 401 },
        {
          method: 'POST',
          op: '/api/v1/admin/staff/{staffId}/setup-link',
          path: () => `/api/v1/admin/staff/${ids['staff']}/setup-link`,
          admin: true,
          status: 200,
          keep: (b) => (ids['setup'] = String(b['setupLink']).split('#setup=')[1]!),
        },
        {
          method: 'POST',
          op: '/api/v1/admin/staff/{staffId}/setup-link',
          path: '/api/v1/admin/staff/999999/setup-link',
          admin: true,
          status: 404,
        },
        {
          method: 'PATCH',
          op: '/api/v1/admin/staff/{staffId}',
          path: () => `/api/v1/admin/staff/${ids['staff']}`,
          body: { role: 'admin' },
          admin: true,
          status: 200,
        },
        {
          method: 'PATCH',
          op: '/api/v1/admin/staff/{staffId}',
          path: '/api/v1/admin/staff/999999',
          body: { role: 'admin' },
          admin: true,
          status: 404,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/setup',
          body: () => ({ token: ids['setup'], password: 'correct horse battery' }),
          status: 200,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/setup',
          body: { token: 'not-a-valid-link-token-000', password: 'correct horse battery' },
          status: 404,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/session',
          body: { email: 'editor@example.gov', password: 'wrong password!' },
          status: 401,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/session',
          body: { email: 'editor@example.gov', password: 'correct horse battery' },
          status: 200,
          keep: (b) => (ids['csrf'] = String(b['csrfToken'])),
        },
        { method: 'GET', op: '/api/v1/admin/session', headers: () => ({ cookie: ids['cookie']! }), status: 200 },
        { method: 'GET', op: '/api/v1/admin/session', status: 401 },
        {
          method: 'POST',
          op: '/api/v1/admin/tokens',
          body: { name: 'Nightly export' },
          headers: () => session(),
          status: 201,
          keep: (b) => (ids['token'] = String(b['id'])),
        },
        { method: 'POST', op: '/api/v1/admin/tokens', body: { name: '' }, headers: () => session(), status: 422 },
        { method: 'GET', op: '/api/v1/admin/tokens', headers: () => session(), status: 200 },
        { method: 'GET', op: '/api/v1/admin/tokens', status: 401 },
        {
          method: 'POST',
          op: '/api/v1/admin/tokens/{tokenId}/revoke',
          path: () => `/api/v1/admin/tokens/${ids['token']}/revoke`,
          headers: () => session(),
          status: 200,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/tokens/{tokenId}/revoke',
          path: '/api/v1/admin/tokens/999999/revoke',
          headers: () => session(),
          status: 404,
        },
        {
          method: 'POST',
          op: '/api/v1/admin/sites',
          body: { origin: 'https://new-site.example/page' },
          admin: true,
          status: 201,
        },
        { method: 'POST', op: '/api/v1/admin/sites', body: { origin: 'not a site' }, admin: true, status: 422 },
        { method: 'GET', op: '/api/v1/admin/sites', admin: true, status: 200 },
        { method: 'GET', op: '/api/v1/admin/sites', status: 401 },
        {
          method: 'DELETE',
          op: '/api/v1/admin/sites',
          path: '/api/v1/admin/sites?origin=https%3A%2F%2Fnew-site.example',
          admin: true,
          status: 204,
        },
        {
          method: 'DELETE',
          op: '/api/v1/admin/sites',
          path: '/api/v1/admin/sites?origin=https%3A%2F%2Fnever.example',
          admin: true,
          status: 404,
        },
        { method: 'GET', op: '/api/v1/admin/sites/refused', admin: true, status: 200 },
        { method: 'GET', op: '/api/v1/admin/sites/refused', status: 401 },
        { method: 'GET', op: '/api/v1/admin/audit', path: '/api/v1/admin/audit?limit=50', admin: true, status: 200 },
        { method: 'GET', op: '/api/v1/admin/audit', path: '/api/v1/admin/audit?from=yesterday', admin: true, status: 422 },
        { method: 'POST', op: '/api/v1/admin/session/everywhere', headers: () => ({ cookie: ids['cookie']! }), status: 403 },
        { method: 'POST', op: '/api/v1/admin/session/everywhere', headers: () => session(), status: 200 },
        { method: 'DELETE', op: '/api/v1/admin/session', headers: () => session(), status: 401 },
        {
          method: 'POST',
          op: '/api/v1/admin/session',
          body: { email: 'editor@example.gov', password: 'correct horse battery' },
          status: 200,
          keep: (b) => (ids['csrf'] = String(b['csrfToken'])),
        },
        { method: 'DELETE', op: '/api/v1/admin/session', headers: () => session(), status: 204 },
        { method: 'GET', op: '/api/v1/admin/auth/methods', status: 200 },
        { method: 'GET', op: '/api/v1/admin/oidc/start', status: 302 },
        {
          method: 'GET',
          op: '/api/v1/admin/oidc/start',
          path: `/api/v1/admin/oidc/start?login_hint=${'x'.repeat(255)}`,
          status: 422,
        },
        // The provider's real answer, to the browser that started the sign-in (see below).
        { method: 'GET', op: '/api/v1/admin/oidc/callback', status: 302 },
        { method: 'GET', op: '/api/v1/admin/oidc/callback', path: '/api/v1/admin/oidc/callback?code=no-state', status: 422 },
      ];
      /** The console's credentials: its session cookie and CSRF token. */
      function session(): Record<string, string> {
        return { cookie: ids['cookie'] ?? '', 'x-csrf-token': ids['csrf'] ?? '' };
      }

      const definitions = {
        polls: {
          id: 'api-poll',
          question: 'Q?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        },
        threads: { id: 'api-thread', title: 'T' },
        petitions: { id: 'api-petition', title: 'P', goal: 10 },
        services: { id: 'api-service', name: 'S', question: 'Q?' },
      };
      for (const [kind, definition] of Object.entries(definitions)) {
        const item = `{${kind.slice(0, -1)}Id}`;
        const { id, ...update } = definition;
        calls.push(
          { method: 'GET', op: `/api/v1/admin/${kind}`, admin: true, status: 200 },
          { method: 'GET', op: `/api/v1/admin/${kind}`, headers: { authorization: 'Bearer wrong' }, status: 401 },
          { method: 'POST', op: `/api/v1/admin/${kind}`, body: definition, admin: true, status: 201 },
          { method: 'POST', op: `/api/v1/admin/${kind}`, body: definition, admin: true, status: 409 },
          {
            method: 'PUT',
            op: `/api/v1/admin/${kind}/${item}`,
            path: `/api/v1/admin/${kind}/${id}`,
            body: update,
            admin: true,
            status: 200,
          },
          {
            method: 'PUT',
            op: `/api/v1/admin/${kind}/${item}`,
            path: `/api/v1/admin/${kind}/nope`,
            body: update,
            admin: true,
            status: 404,
          },
          { method: 'GET', op: `/api/v1/admin/${kind}`, admin: true, status: 200 },
          { method: 'GET', op: `/api/v1/admin/${kind}/${item}`, path: `/api/v1/admin/${kind}/${id}`, admin: true, status: 200 },
          { method: 'GET', op: `/api/v1/admin/${kind}/${item}`, path: `/api/v1/admin/${kind}/nope`, admin: true, status: 404 },
          {
            method: 'GET',
            op: `/api/v1/admin/${kind}/${item}/preview`,
            path: `/api/v1/admin/${kind}/${id}/preview`,
            admin: true,
            status: 200,
          },
          {
            method: 'GET',
            op: `/api/v1/admin/${kind}/${item}/preview`,
            path: `/api/v1/admin/${kind}/nope/preview`,
            admin: true,
            status: 404,
          },
        );
        for (const action of ['open', 'close']) {
          calls.push(
            {
              method: 'POST',
              op: `/api/v1/admin/${kind}/${item}/${action}`,
              path: `/api/v1/admin/${kind}/${id}/${action}`,
              admin: true,
              status: 200,
            },
            {
              method: 'POST',
              op: `/api/v1/admin/${kind}/${item}/${action}`,
              path: `/api/v1/admin/${kind}/Bad%20Id/${action}`,
              admin: true,
              status: 404,
            },
          );
        }
        // Archived: staff answers carry archivedAt, the preview does not; changes wait for unarchiving.
        const at = (action: string) => ({
          method: 'POST',
          op: `/api/v1/admin/${kind}/${item}/${action}`,
          path: `/api/v1/admin/${kind}/${id}/${action}`,
          admin: true,
        });
        calls.push(
          { ...at('archive'), status: 200 },
          { ...at('archive'), status: 409 },
          { method: 'GET', op: `/api/v1/admin/${kind}`, admin: true, status: 200 },
          { method: 'GET', op: `/api/v1/admin/${kind}/${item}`, path: `/api/v1/admin/${kind}/${id}`, admin: true, status: 200 },
          {
            method: 'GET',
            op: `/api/v1/admin/${kind}/${item}/preview`,
            path: `/api/v1/admin/${kind}/${id}/preview`,
            admin: true,
            status: 200,
          },
          { ...at('close'), status: 423 },
          { ...at('unarchive'), status: 200 },
          { ...at('unarchive'), status: 409 },
        );
      }

      for (const call of calls) {
        if (call.op === '/api/v1/confirm/{token}' && call.status === 200) {
          const token = await server.lastConfirmToken('ada@example.org');
          assert.ok(token, 'a confirmation e-mail was sent');
          await run({ ...call, path: `/api/v1/confirm/${token}` });
        } else if (call.op === '/api/v1/admin/oidc/callback' && call.status === 302) {
          const { authorizationUrl, flowCookie } = await startSignIn(server);
          const back = await throughProvider(authorizationUrl, 'openapi-admin', `${server.config.publicUrl}${call.op}`);
          await run({ ...call, path: `${back.pathname}${back.search}`, headers: { cookie: flowCookie } });
        } else {
          await run(call);
        }
      }

      // Nothing documented went untried.
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const method of Object.keys(methods)) {
          const key = `${method.toUpperCase()} ${path}`;
          const entry = seen.get(key);
          assert.ok(entry?.success, `${key}: a success was checked`);
          if (!NO_PROBLEM.has(key)) assert.ok(entry?.problem, `${key}: a problem was checked`);
        }
      }
    });

    test('operations are named, secured and described by the tables', () => {
      const ids = new Set<string>();
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const [method, operation] of Object.entries(methods)) {
          const key = `${method.toUpperCase()} ${path}`;
          assert.ok(operation.operationId, `${key}: operationId`);
          assert.ok(!ids.has(operation.operationId), `${key}: operationId ${operation.operationId} unique`);
          ids.add(operation.operationId);
          assert.ok(Array.isArray(operation.security), `${key}: security declared`);
          if (path.startsWith('/api/v1/admin/'))
            assert.deepEqual(
              operation.security,
              ['signIn', 'setPassword', 'authMethods', 'oidcStart', 'oidcCallback'].includes(operation.operationId)
                ? []
                : [{ admin: [] }, { console: [] }],
              `${key}: admin token or console session`,
            );
          for (const name of path.match(/\{\w+\}/g) ?? []) {
            assert.ok(
              operation.parameters?.some((p) => p.in === 'path' && `{${p.name}}` === name && p.required),
              `${key}: ${name} defined`,
            );
          }
        }
      }
      const rating = doc.paths['/api/v1/services/{serviceId}/ratings/{ratingId}']?.['patch'];
      const ratingId = rating?.parameters?.find((p) => p.name === 'ratingId');
      assert.ok(ratingId && validator(ratingId.schema)('AbC_d-12'), 'rating ids are base64url, not slugs');
    });
  });
}
