/*
 * Connection exhaustion: live streams are capped per client network and in
 * total, slow requests are cut off, readers that stop reading are dropped, and
 * the routes that are cheap to call in a loop (stream opens, confirmation
 * links, unknown paths) are rate limited.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { type Socket, connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { LiveHub } from './live/hub.js';
import { type CivicServer, createServer } from './server.js';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/** Waits until `check()` holds, for at most `ms`; says whether it did. */
async function eventually(check: () => boolean, ms = 5000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(10)) if (check()) return true;
  return check();
}

/** Reads a response body as text in the background, until aborted or ended. */
function collect(res: Response): { text: () => string; done: Promise<void> } {
  let text = '';
  const done = (async () => {
    try {
      for await (const chunk of res.body!.pipeThrough(new TextDecoderStream())) text += chunk;
    } catch {
      // aborted by the test
    }
  })();
  return { text: () => text, done };
}

/** A raw connection to the server that swallows resets (the server may cut it). */
async function rawConnection(server: TestServer): Promise<Socket> {
  const socket = connect(Number(new URL(server.base).port), '127.0.0.1');
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  return socket;
}

/**
 * Sends `head`, then one byte of `drip` every 100 ms, and resolves with what the
 * server answered once it closes the connection; rejects if it has not after `ms`.
 */
async function slowRequest(server: TestServer, head: string, drip: string, ms = 8000): Promise<string> {
  const socket = await rawConnection(server);
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.write(head);
  let i = 0;
  const dripping = setInterval(() => socket.writable && socket.write(drip[i++ % drip.length]!), 100);
  try {
    const closed = once(socket, 'close').then(() => 'closed' as const);
    const outcome = await Promise.race([closed, sleep(ms, 'open' as const)]);
    assert.equal(outcome, 'closed', `the server still holds the slow request after ${ms} ms`);
    return received;
  } finally {
    clearInterval(dripping);
    socket.destroy();
  }
}

for (const { name, url } of testDatabaseUrls()) {
  describe(`Connection limits on ${name}`, () => {
    let server: TestServer;
    const streams: AbortController[] = [];
    before(async () => {
      server = await startTestServer(url, conformanceFixture(), {
        CIVIC_STREAM_MAX_PER_NETWORK: '3',
        CIVIC_STREAM_MAX_TOTAL: '4',
        CIVIC_REQUEST_TIMEOUT_SECONDS: '1',
        // Networks are told apart by X-Forwarded-For in these tests.
        CIVIC_TRUST_PROXY: 'true',
      });
    });
    after(async () => {
      for (const s of streams) s.abort();
      await server.close();
    });

    const open = async (network: string, topics = 'service:stars') => {
      const controller = new AbortController();
      streams.push(controller);
      const res = await fetch(`${server.api}/stream?topics=${topics}`, {
        headers: { 'x-forwarded-for': network },
        signal: controller.signal,
      });
      return { res, close: () => controller.abort() };
    };
    const closeAll = async () => {
      for (const s of streams.splice(0)) s.abort();
      assert.ok(await eventually(() => server.ctx.hub.size === 0), 'closed streams are forgotten');
    };

    test('streams are capped per network: one more is refused with 429 and Retry-After; closing one frees a place', async () => {
      const first = await open('198.51.100.1');
      for (const address of ['198.51.100.2', '198.51.100.3']) assert.equal((await open(address)).res.status, 200);
      assert.equal(first.res.status, 200);

      const refused = await open('198.51.100.4');
      assert.equal(refused.res.status, 429, 'the fourth stream from one /24 network');
      assert.ok(Number(refused.res.headers.get('retry-after')) > 0, 'Retry-After');
      assert.match(refused.res.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(((await refused.res.json()) as { code: string }).code, 'rate-limited');

      assert.equal((await open('203.0.113.9')).res.status, 200, 'another network is not affected');

      first.close();
      assert.ok(await eventually(() => server.ctx.hub.size === 3));
      assert.equal((await open('198.51.100.5')).res.status, 200, 'a closed stream frees its place');
      await closeAll();
    });

    test('streams are capped in total: one more is refused with 503 and Retry-After', async () => {
      for (const address of ['192.0.2.1', '192.0.2.2', '198.51.100.1', '203.0.113.1'])
        assert.equal((await open(address)).res.status, 200, address);
      const refused = await open('100.64.0.1');
      assert.equal(refused.res.status, 503);
      assert.ok(Number(refused.res.headers.get('retry-after')) > 0, 'Retry-After');
      assert.equal(((await refused.res.json()) as { status: number }).status, 503);
      await closeAll();
      assert.equal((await open('100.64.0.1')).res.status, 200, 'places come back');
      await closeAll();
    });

    test('repeated topics parameters are a 4xx problem, not a server error', async () => {
      const res = await fetch(`${server.api}/stream?topics=service:stars&topics=poll:single`);
      assert.equal(res.status, 422);
      assert.equal(((await res.json()) as { code: string }).code, 'invalid-input');
      assert.equal(server.ctx.hub.size, 0);
    });

    test('a request body sent slowly is cut off by the request timeout', async () => {
      const head =
        'POST /api/v1/polls/multi/votes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'X-Civic-Voter: slow-body-voter-000000000\r\nContent-Length: 200\r\n\r\n';
      const answer = await slowRequest(server, head, '{"choices":["a"]}');
      assert.match(answer, /^HTTP\/1\.1 408/);
    });

    test('request headers sent slowly are cut off too', async () => {
      const answer = await slowRequest(server, 'GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: 1\r\n');
      assert.match(answer, /^HTTP\/1\.1 408/);
    });

    test('a live stream outlives the request timeout', async () => {
      const stream = await open('192.0.2.50', 'petition:open');
      assert.equal(stream.res.status, 200);
      const body = collect(stream.res);
      await sleep(2500); // longer than the 1 s request timeout and its checks
      server.ctx.hub.publish({ type: 'petition.count', petitionId: 'open', signatureCount: 7 });
      assert.ok(await eventually(() => body.text().includes('"signatureCount":7')), 'the event still arrives');
      await closeAll();
    });

    test('a client that stops reading is dropped; a reader on the same topic still gets every event', async () => {
      const stalled = await rawConnection(server);
      stalled.pause();
      stalled.write('GET /api/v1/stream?topics=thread:post HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.60\r\n\r\n');
      const reader = await open('192.0.2.61', 'thread:post');
      assert.equal(reader.res.status, 200);
      const body = collect(reader.res);
      assert.ok(await eventually(() => server.ctx.hub.size === 2));

      // Large events fill the stalled client's socket buffers quickly; the loop is bounded.
      const padding = 'x'.repeat(8 * 1024);
      let published = 0;
      while (server.ctx.hub.size === 2 && published < 2000) {
        // Events are numbered by the database before they are delivered: wait for each.
        const before = server.ctx.hub.lastId;
        server.ctx.hub.publish({
          type: 'thread.comment',
          threadId: 'post',
          commentId: `${published}-${padding}`,
          parentId: null,
        });
        published++;
        assert.ok(await eventually(() => server.ctx.hub.lastId > before, 5000), 'the event is delivered');
      }
      assert.equal(server.ctx.hub.size, 1, `the client that stopped reading is dropped (${published} events published)`);
      server.ctx.hub.publish({ type: 'thread.comment', threadId: 'post', commentId: 'last', parentId: null });
      assert.ok(await eventually(() => body.text().includes('"commentId":"last"')), 'the reader still gets events');
      assert.equal(body.text().match(/"threadId":"post"/g)?.length, published + 1, 'every event, none lost');
      stalled.destroy();
      await closeAll();
    });
  });
}

test('a live-hub client that fails is dropped, and the others still get the event', () => {
  const hub = new LiveHub();
  hub.startAt(0);
  const got: number[] = [];
  hub.add({
    topics: new Set(['petition:open']),
    send: () => {
      throw new Error('connection gone wrong');
    },
  });
  hub.add({ topics: new Set(['petition:open']), send: (id) => got.push(id) });
  const event = (n: number) => ({ type: 'petition.count', petitionId: 'open', signatureCount: n });
  hub.deliver({ id: 1, topic: 'petition:open', data: JSON.stringify(event(1)) });
  hub.deliver({ id: 2, topic: 'petition:open', data: JSON.stringify(event(2)) });
  assert.equal(got.length, 2);
  assert.equal(hub.size, 1);
});

describe('Rate limits on routes that are cheap to call in a loop', () => {
  let server: CivicServer;
  let base: string;
  before(async () => {
    server = await createServer(
      {
        databaseUrl: 'sqlite::memory:',
        port: 0,
        logLevel: 'silent',
        seedOnFirstStart: false,
        rateLimit: { reads: 3, writes: 3, participantWrites: 100 },
      },
      {},
    );
    base = await server.listen();
  });
  after(() => server.close());

  const statuses = async (path: string, times: number) => {
    const codes: number[] = [];
    for (let i = 0; i < times; i++) {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      codes.push(res.status);
    }
    return codes;
  };

  test('unknown paths', async () => {
    assert.deepEqual(await statuses('/api/v1/nothing-here', 3), [404, 404, 404]);
    const res = await fetch(`${base}/api/v1/nothing-here`);
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers.get('retry-after')) > 0, 'Retry-After');
    assert.equal(((await res.json()) as { code: string }).code, 'rate-limited');
    assert.deepEqual(await statuses('/not-the-api-either', 1), [429], 'outside the API too');
  });

  test('confirmation links', async () => {
    assert.deepEqual(await statuses('/api/v1/confirm/not-a-real-token', 4), [404, 404, 404, 429]);
  });

  test('opening live streams', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const controller = new AbortController();
      const res = await fetch(`${base}/api/v1/stream?topics=poll:a`, { signal: controller.signal });
      codes.push(res.status);
      controller.abort();
    }
    assert.deepEqual(codes, [200, 200, 200, 429]);
  });
});
