import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { RestAdapter } from './rest-adapter.js';
import { browserVoterToken, VOTER_STORAGE_KEY } from './participant.js';
import type { LiveEvent } from '../schemas/live.js';
import type { PollView } from '../schemas/poll.js';

const API = 'http://api.test/api/v1';
const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

const pollView: PollView = {
  poll: {
    id: 'transport',
    question: 'Which line first?',
    description: null,
    options: [
      { id: 'north', label: 'North line' },
      { id: 'south', label: 'South line' },
    ],
    mode: 'single',
    maxChoices: 1,
    opensAt: null,
    closesAt: null,
    status: 'open',
    resultsVisibility: 'always',
    allowChange: false,
  },
  results: {
    counts: [
      { optionId: 'north', count: 3 },
      { optionId: 'south', count: 1 },
    ],
    totalParticipants: 4,
  },
  myVote: null,
};

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: `/problems/${code}`, title: 'Problem', status, code, ...extra },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

const adapter = (extra: Partial<ConstructorParameters<typeof RestAdapter>[0]> = {}) =>
  new RestAdapter({ endpoint: API, voterToken: 'voter-token-1234567890', retryDelayMs: 1, ...extra });

describe('RestAdapter requests', () => {
  test('reads a poll, sending the participant token and validating the answer', async () => {
    let voter: string | null = null;
    server.use(
      http.get(`${API}/polls/:id`, ({ request, params }) => {
        voter = request.headers.get('x-civic-voter');
        assert.equal(params.id, 'transport');
        return HttpResponse.json(pollView);
      }),
    );
    assert.deepEqual(await adapter().getPoll('transport'), pollView);
    assert.equal(voter, 'voter-token-1234567890');
  });

  test('a malformed or hostile answer becomes a bad-response error', async () => {
    server.use(
      http.get(`${API}/polls/:id`, () => HttpResponse.json({ ...pollView, results: { counts: '<img onerror=alert(1)>' } })),
    );
    await assert.rejects(adapter().getPoll('transport'), { code: 'bad-response', name: 'BadResponseError' });
    server.use(http.get(`${API}/polls/:id`, () => new HttpResponse('<html>', { headers: { 'content-type': 'text/html' } })));
    await assert.rejects(adapter().getPoll('transport'), { code: 'bad-response' });
  });

  test('problem responses map to typed errors with their details', async () => {
    server.use(
      http.post(`${API}/polls/:id/votes`, () => problem(409, 'already-done', { detail: 'You have already voted' })),
      http.post(`${API}/petitions/:id/signatures`, () =>
        problem(422, 'invalid-input', { errors: [{ path: 'email', message: 'Enter an e-mail address' }] }),
      ),
      http.get(`${API}/services/:id`, () => problem(429, 'rate-limited', { retryAfter: 30 })),
    );
    const a = adapter();
    await assert.rejects(a.vote('transport', { choices: ['north'] }), {
      code: 'already-done',
      message: 'You have already voted',
      status: 409,
    });
    const err = await a.signPetition('p', { name: 'A', email: 'a@example.org', consent: true }).catch((e: unknown) => e);
    assert.deepEqual((err as { fieldErrors: unknown }).fieldErrors, [{ path: 'email', message: 'Enter an e-mail address' }]);
    await assert.rejects(a.getService('s'), (e: { code: string; retryAfter: number; retryable: boolean }) => {
      assert.equal(e.code, 'rate-limited');
      assert.equal(e.retryAfter, 30);
      assert.equal(e.retryable, true);
      return true;
    });
  });

  test('error statuses without a problem body map by status', async () => {
    server.use(
      http.get(`${API}/polls/:id`, () => new HttpResponse('gone', { status: 404 })),
      http.get(`${API}/threads/:id`, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '12' } })),
    );
    await assert.rejects(adapter().getPoll('transport'), { code: 'not-found', status: 404 });
    await assert.rejects(adapter().getThread('t'), { code: 'rate-limited', retryAfter: 12 });
  });

  test('bad input is rejected before any request is made', async () => {
    let calls = 0;
    server.use(http.all(`${API}/*`, () => (calls++, HttpResponse.json({}))));
    await assert.rejects(adapter().vote('transport', { choices: [] }), { code: 'invalid-input' });
    await assert.rejects(adapter().getPoll('../admin'), { code: 'invalid-input' });
    await assert.rejects(adapter().signPetition('p', { name: 'A', email: 'nope', consent: true }), { code: 'invalid-input' });
    assert.equal(calls, 0);
  });
});

describe('RestAdapter resilience', () => {
  test('retries reads on 502/503/504 with backoff, then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/polls/:id`, () =>
        ++calls < 3 ? new HttpResponse(null, { status: calls === 1 ? 503 : 504 }) : HttpResponse.json(pollView),
      ),
    );
    assert.deepEqual(await adapter().getPoll('transport'), pollView);
    assert.equal(calls, 3);
  });

  test('retries network errors, and reports them once retries run out', async () => {
    let calls = 0;
    server.use(http.get(`${API}/polls/:id`, () => (calls++, HttpResponse.error())));
    await assert.rejects(adapter({ retries: 2 }).getPoll('transport'), { code: 'network', retryable: true });
    assert.equal(calls, 3);
  });

  test('does not retry client errors', async () => {
    let calls = 0;
    server.use(http.get(`${API}/polls/:id`, () => (calls++, problem(404, 'not-found'))));
    await assert.rejects(adapter().getPoll('transport'), { code: 'not-found' });
    assert.equal(calls, 1);
  });

  test('writes carry one Idempotency-Key, the same on every retry', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${API}/polls/:id/votes`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(pollView);
      }),
    );
    await adapter().vote('transport', { choices: ['north'] });
    assert.equal(keys.length, 2);
    assert.ok(keys[0] && keys[0].length >= 16);
    assert.equal(keys[0], keys[1]);
    await adapter().vote('transport', { choices: ['north'] });
    assert.notEqual(keys[2], keys[0], 'a new action gets a new key');
  });

  test('times out a request that takes too long', async () => {
    server.use(http.get(`${API}/polls/:id`, async () => (await delay(500), HttpResponse.json(pollView))));
    await assert.rejects(adapter({ timeoutMs: 30, retries: 0 }).getPoll('transport'), { code: 'timeout', name: 'TimeoutError' });
  });

  test('an abort from the caller stops at once and is not retried', async () => {
    let calls = 0;
    server.use(http.get(`${API}/polls/:id`, async () => (calls++, await delay(500), HttpResponse.json(pollView))));
    const controller = new AbortController();
    const pending = adapter().getPoll('transport', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(calls, 1);
  });
});

describe('RestAdapter live updates', () => {
  const sse = (events: { id: string; data: unknown }[], keepOpen = false) =>
    new HttpResponse(
      new ReadableStream({
        start(controller) {
          const enc = new TextEncoder();
          controller.enqueue(enc.encode('retry: 20\n: heartbeat\n\n'));
          for (const e of events)
            controller.enqueue(
              enc.encode(`id: ${e.id}\ndata: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}\n\n`),
            );
          if (!keepOpen) controller.close();
        },
      }),
      { headers: { 'content-type': 'text/event-stream' } },
    );

  test('delivers valid events to subscribers, ignores invalid ones, and reconnects with Last-Event-ID', async () => {
    const requests: { topics: string | null; lastId: string | null }[] = [];
    const results = (n: number) => ({ counts: [{ optionId: 'north', count: n }], totalParticipants: n });
    server.use(
      http.get(`${API}/stream`, ({ request }) => {
        const url = new URL(request.url);
        requests.push({ topics: url.searchParams.get('topics'), lastId: request.headers.get('last-event-id') });
        if (requests.length === 1) {
          return sse([
            { id: '1', data: { type: 'poll.results', pollId: 'transport', results: results(1) } },
            { id: '2', data: '{"type":"poll.results","pollId":"transport","results":"<script>"}' },
            { id: '3', data: 'not json' },
          ]);
        }
        return sse([{ id: '4', data: { type: 'poll.results', pollId: 'transport', results: results(2) } }], true);
      }),
    );
    const a = adapter();
    const events: LiveEvent[] = [];
    const stop = a.subscribe(['poll:transport', 'thread:talk'], (e) => events.push(e));
    const deadline = Date.now() + 3000;
    while (events.length < 2 && Date.now() < deadline) await delay(10);
    stop();
    a.close();
    assert.deepEqual(
      events.map((e) => (e.type === 'poll.results' ? e.results?.totalParticipants : null)),
      [1, 2],
    );
    assert.equal(requests[0]?.topics, 'poll:transport,thread:talk', 'one connection for all topics');
    assert.equal(requests[0]?.lastId, null);
    assert.equal(requests[1]?.lastId, '3', 'resumes after the last event id seen');
  });
});

describe('participant token', () => {
  test('is created once and kept in storage', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const first = browserVoterToken(storage);
    assert.match(first, /^[0-9a-f]{32}$/);
    assert.equal(browserVoterToken(storage), first);
    assert.equal(data.get(VOTER_STORAGE_KEY), first);
  });

  test('falls back to a per-page token when storage throws', () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    const token = browserVoterToken(storage);
    assert.equal(browserVoterToken(storage), token);
  });
});
