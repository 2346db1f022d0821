import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { RestAdapter } from '@civic-widgets/core';
import { DEFAULT_CHALLENGE_RULES } from './security/challenge.js';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * The flood challenge: past a threshold of writes from one network, or on a
 * resource that always asks, a write needs a solved proof of work, which
 * RestAdapter (the widgets' adapter) solves by itself. Real ALTCHA challenges,
 * solved with WebCrypto as in a browser.
 */
const options = [
  { id: 'a', label: 'A' },
  { id: 'b', label: 'B' },
];
const content = {
  polls: [
    { id: 'plain', question: 'Plain?', options, resultsVisibility: 'always' as const },
    { id: 'guarded', question: 'Guarded?', options, resultsVisibility: 'always' as const, challenge: 'always' as const },
  ],
};

/** A client on one network; `rotate`: a new participant token for every request (the token-rotation attack). */
function client(server: TestServer, network: string, rotate = false) {
  const token = () => (rotate ? `rotated-${randomUUID()}` : `steady-${network.replace(/\./g, '-')}`.padEnd(24, '0'));
  return new RestAdapter({
    endpoint: server.api,
    voterToken: token,
    retries: 0,
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), 'x-forwarded-for': network } }),
  });
}

const vote = (server: TestServer, pollId: string, network: string, headers: Record<string, string> = {}) =>
  fetch(`${server.api}/polls/${pollId}/votes`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-civic-voter': `raw-${randomUUID()}`,
      'x-forwarded-for': network,
      ...headers,
    },
    body: JSON.stringify({ choices: ['a'] }),
  });

const participants = async (server: TestServer, pollId: string) =>
  ((await (await fetch(`${server.api}/polls/${pollId}`)).json()) as { results: { totalParticipants: number } }).results
    .totalParticipants;

for (const { name, url } of testDatabaseUrls()) {
  describe(`The flood challenge on ${name}`, () => {
    let server: TestServer;
    before(
      async () =>
        (server = await startTestServer(url, content, {}, { challenge: { ...DEFAULT_CHALLENGE_RULES, threshold: 3, step: 1 } })),
    );
    after(() => server?.close());

    test('past the threshold a network is asked for a challenge, which the adapter solves by itself', async () => {
      for (let i = 0; i < 3; i++) assert.equal((await vote(server, 'plain', '203.0.113.7')).status, 200, `write ${i + 1}`);
      const asked = await vote(server, 'plain', '203.0.113.7');
      assert.equal(asked.status, 428);
      const problem = (await asked.json()) as { code: string; challenge: { parameters: { algorithm: string } } };
      assert.equal(problem.code, 'challenge-required');
      assert.equal(problem.challenge.parameters.algorithm, 'PBKDF2/SHA-256');
      assert.equal((await vote(server, 'plain', '198.51.100.9')).status, 200, 'another network is not asked');

      const before = await participants(server, 'plain');
      const view = await client(server, '203.0.113.7').vote('plain', { choices: ['b'] });
      assert.deepEqual(view.myVote, ['b'], 'accepted once solved, without the citizen doing anything');
      assert.equal(await participants(server, 'plain'), before + 1);
    });

    test('a solution pays for one write, and a forged or missing one for none', async () => {
      const network = '203.0.113.20';
      const first = await vote(server, 'guarded', network);
      assert.equal(first.status, 428, 'a resource that always asks');
      const { challenge } = (await first.json()) as { challenge: unknown };
      // Solved as the adapter does it.
      const { solveFor } = await import('@civic-widgets/core/challenge');
      const header = await solveFor(challenge);
      const before = await participants(server, 'guarded');
      assert.equal((await vote(server, 'guarded', network, { 'x-civic-challenge': header })).status, 200);
      const again = await vote(server, 'guarded', network, { 'x-civic-challenge': header });
      assert.equal(again.status, 428);
      assert.match(((await again.json()) as { detail: string }).detail, /used already/);
      const forged = Buffer.from(JSON.stringify({ challenge, solution: { counter: 1, derivedKey: '00' } })).toString('base64url');
      assert.equal((await vote(server, 'guarded', network, { 'x-civic-challenge': forged })).status, 428);
      assert.equal((await vote(server, 'guarded', network, { 'x-civic-challenge': 'not-base64-json' })).status, 428);
      assert.equal(await participants(server, 'guarded'), before + 1, 'only the solved write counted');
    });
  });
}

describe('The token-rotation attack, with and without the challenge', () => {
  // The production limits: 60 writes a minute per network, 30 per participant token.
  const rateLimit = { reads: 100_000, writes: 60, participantWrites: 30 };
  let open: TestServer;
  let guarded: TestServer;
  before(async () => {
    // Two servers side by side (each its own SQLite in memory): one without the challenge, one with the default threshold and every write doubling the work.
    open = await startTestServer('sqlite::memory:', content, {}, { rateLimit });
    guarded = await startTestServer(
      'sqlite::memory:',
      content,
      {},
      {
        rateLimit,
        challenge: { ...DEFAULT_CHALLENGE_RULES, step: 1 },
      },
    );
  });
  after(async () => {
    await open?.close();
    await guarded?.close();
  });

  test('one client rotating participant tokens for 65 s: at least 10× fewer votes count where the challenge is on', async () => {
    const seconds = 65;
    const end = Date.now() + seconds * 1000;
    /** Votes as fast as it can until the time is up, a new token each time; counts the accepted ones. */
    const attack = async (server: TestServer, pollId: string, network: string) => {
      const attacker = client(server, network, true);
      let accepted = 0;
      while (Date.now() < end) {
        try {
          // Stopped at the end, even in the middle of solving a challenge.
          await attacker.vote(pollId, { choices: ['a'] }, { signal: AbortSignal.timeout(Math.max(1, end - Date.now())) });
          accepted++;
        } catch (error) {
          if (Date.now() >= end) break;
          const wait = (error as { retryAfter?: number }).retryAfter ?? 0.1;
          // Rate-limited: wait as told (a real attacker would), but not past the end.
          await new Promise((r) => setTimeout(r, Math.min(wait * 1000, Math.max(0, end - Date.now()))));
        }
      }
      return accepted;
    };
    // At the same time: no challenge; the adaptive challenge (past 30 writes from the network); a poll that always asks.
    const answered = await Promise.all([
      attack(open, 'plain', '192.0.2.1'),
      attack(guarded, 'plain', '192.0.2.100'),
      attack(guarded, 'guarded', '192.0.2.200'),
    ]);
    // What counted is what the servers counted (a vote cut off at the end may still have landed).
    await new Promise((r) => setTimeout(r, 500));
    const [none, adaptive, always] = [
      await participants(open, 'plain'),
      await participants(guarded, 'plain'),
      await participants(guarded, 'guarded'),
    ];
    const ratio = (n: number) => (none / Math.max(1, n)).toFixed(1);
    console.log(
      `token rotation for ${seconds} s from one network: ${none} votes counted without the challenge; ` +
        `${adaptive} with the adaptive challenge (${ratio(adaptive)}× fewer); ${always} where it always asks (${ratio(always)}× fewer)`,
    );
    assert.ok(none >= 60, 'without the challenge only the rate limit holds the attack back');
    assert.ok(always >= 1 && adaptive >= 30, 'the challenges are solvable');
    assert.ok(adaptive < none);
    assert.ok(none >= 10 * always, `${none} vs ${always}`);
    assert.ok(answered[2]! <= always, 'every vote answered as counted was counted');
  });
});
