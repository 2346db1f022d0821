import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/** A vote sent with exactly these headers (node:http, so that `Host` can be anything, as under DNS rebinding). */
function vote(server: TestServer, voter: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(`${server.api}/polls/multi/votes`);
  const body = '{"choices":["a"]}';
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'x-civic-voter': `origin-${voter}`.padEnd(24, '0'),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const ballots = async (server: TestServer) =>
  (await server.ctx.db.selectFrom('ballots').select('voter').where('poll_id', '=', 'multi').execute()).length;

for (const { name, url } of testDatabaseUrls()) {
  describe(`Write origins on ${name}, without CIVIC_PUBLIC_URL`, () => {
    let server: TestServer;
    let port: string;
    before(async () => {
      server = await startTestServer(url, conformanceFixture(), { CIVIC_ALLOWED_ORIGINS: 'https://city.example' });
      port = new URL(server.base).port;
    });
    after(() => server.close());

    test('a page on an attacker’s name pointed at the server (DNS rebinding) may not write', async () => {
      const before = await ballots(server);
      assert.equal(await vote(server, 'rebind-1', { host: 'evil.example', origin: 'http://evil.example' }), 403);
      assert.equal(await vote(server, 'rebind-2', { host: `evil.example:${port}`, origin: `http://evil.example:${port}` }), 403);
      assert.equal(await vote(server, 'rebind-3', { origin: `http://localhost:${Number(port) + 1}` }), 403, 'another local port');
      assert.equal(await ballots(server), before, 'nothing changed');
    });

    test('its own loopback origins on its port and the allowed origins may write', async () => {
      assert.equal(await vote(server, 'own-1', { origin: `http://127.0.0.1:${port}` }), 200);
      assert.equal(await vote(server, 'own-2', { host: `localhost:${port}`, origin: `http://localhost:${port}` }), 200);
      assert.equal(await vote(server, 'own-3', { origin: `http://[::1]:${port}` }), 200);
      assert.equal(await vote(server, 'allowed', { origin: 'https://city.example' }), 200);
      assert.equal(await vote(server, 'no-origin', {}), 200, 'not a browser: no Origin header');
    });
  });

  describe(`Write origins on ${name}, with CIVIC_PUBLIC_URL`, () => {
    let server: TestServer;
    let port: string;
    before(async () => {
      server = await startTestServer(url, conformanceFixture(), {
        CIVIC_PUBLIC_URL: 'https://participate.example.gov',
        CIVIC_ALLOWED_ORIGINS: 'https://city.example',
      });
      port = new URL(server.base).port;
    });
    after(() => server.close());

    test('only the public URL’s origin and the allowed origins may write', async () => {
      const before = await ballots(server);
      assert.equal(await vote(server, 'rebind', { host: 'evil.example', origin: 'http://evil.example' }), 403);
      assert.equal(
        await vote(server, 'loopback', { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` }),
        403,
        'loopback origins are not the server’s own once its public URL is set',
      );
      assert.equal(await ballots(server), before, 'nothing changed');
      assert.equal(await vote(server, 'public', { origin: 'https://participate.example.gov' }), 200);
      assert.equal(await vote(server, 'allowed', { origin: 'https://city.example' }), 200);
    });
  });
}
