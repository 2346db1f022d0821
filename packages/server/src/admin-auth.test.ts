import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { loadConfig } from './config.js';
import { ADMIN_TOKEN, type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

describe('Admin token strength', () => {
  test('a token under 32 characters is refused, with a message naming the variable and the rule', () => {
    for (const token of ['a', 'x'.repeat(31)]) {
      assert.throws(
        () => loadConfig({ CIVIC_ADMIN_TOKEN: token }),
        (error: Error) => /CIVIC_ADMIN_TOKEN/.test(error.message) && /at least 32 characters/.test(error.message),
      );
    }
    assert.throws(() => loadConfig({}, { adminToken: 'short' }), /at least 32 characters/, 'also when set in code');
    assert.equal(loadConfig({ CIVIC_ADMIN_TOKEN: 'x'.repeat(32) }).adminToken, 'x'.repeat(32));
    assert.equal(loadConfig({}).adminToken, undefined, 'no token: the admin API is off, which is allowed');
    assert.ok(ADMIN_TOKEN.length >= 32, 'the test token is long enough');
  });
});

for (const { name, url } of testDatabaseUrls()) {
  describe(`Admin authentication failures on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(url, conformanceFixture());
    });
    after(() => server.close());

    const attempt = (token: string, remoteAddress: string) =>
      server.app.inject({
        method: 'GET',
        url: '/api/v1/admin/polls',
        headers: { authorization: `Bearer ${token}` },
        remoteAddress,
      });

    test('wrong tokens are throttled per network; the right token from another network still works', async () => {
      const office = '198.51.100.7';
      const guesser = '203.0.113.5';
      for (let i = 0; i < 12; i++)
        assert.equal((await attempt(ADMIN_TOKEN, office)).statusCode, 200, 'successes are not counted');

      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await attempt(`wrong-token-${i}`, guesser)).statusCode);
      assert.deepEqual(statuses, Array(10).fill(401));

      const blocked = await attempt(ADMIN_TOKEN, guesser);
      assert.equal(blocked.statusCode, 429, 'no more tries from that network, not even the right token');
      assert.ok(Number(blocked.headers['retry-after']) > 0, 'Retry-After');
      assert.equal(blocked.json<{ code: string }>().code, 'rate-limited');
      assert.equal((await attempt('wrong-token', '203.0.113.200')).statusCode, 429, 'the same /24 network is the same client');

      assert.equal((await attempt(ADMIN_TOKEN, office)).statusCode, 200, 'another network still gets in');
      assert.equal((await attempt('wrong-token', office)).statusCode, 401, "another network's failures are its own");
    });
  });
}
