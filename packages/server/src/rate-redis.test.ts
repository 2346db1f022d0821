import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type TestServer, startTestServer } from './test-support/server.js';

/*
 * With CIVIC_REDIS_URL, rate limits count in Redis: two instances (here two
 * servers, each on a database of its own, sharing only Redis and the secret)
 * share one window per network.
 */
const redis = process.env['CIVIC_TEST_REDIS_URL'];

if (!redis) {
  describe('Rate limits shared in Redis', () => {
    test(
      'needs CIVIC_TEST_REDIS_URL (redis://127.0.0.1:6379/15, a database it may flush)',
      { skip: 'CIVIC_TEST_REDIS_URL is not set: the Redis rate-limit store was NOT tested' },
      () => {},
    );
  });
} else {
  describe('Rate limits shared in Redis', () => {
    const servers: TestServer[] = [];
    before(async () => {
      const { Redis } = await import('ioredis');
      const client = new Redis(redis);
      await client.flushdb();
      await client.quit();
      for (let i = 0; i < 2; i++)
        servers.push(
          await startTestServer(
            'sqlite::memory:',
            conformanceFixture(),
            { CIVIC_REDIS_URL: redis, CIVIC_SECRET: 'shared-secret-for-both-instances-0123456789' },
            { rateLimit: { reads: 1_000_000, writes: 10, participantWrites: 1_000_000 } },
          ),
        );
    });
    after(async () => {
      for (const s of servers) await s.close();
    });

    test('10 writes a minute from one network is 10 over both instances', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 16; i++) {
        const server = servers[i % 2]!;
        const res = await fetch(`${server.api}/polls/multi/votes`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-civic-voter': `redis-voter-${i}`.padEnd(24, '0'),
            'x-forwarded-for': '203.0.113.7',
          },
          body: JSON.stringify({ choices: ['a'] }),
        });
        statuses.push(res.status);
      }
      assert.equal(statuses.filter((s) => s === 200).length, 10, statuses.join(' '));
      assert.equal(statuses.filter((s) => s === 429).length, 6);
    });
  });
}
