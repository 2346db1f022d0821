import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CaptchaRequest } from '@civic-widgets/core';
import { loadConfig } from './config.js';
import { DEFAULT_CHALLENGE_RULES } from './security/challenge.js';
import { type TestServer, networkOf, participant, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * A captcha service in place of the proof of work (CIVIC_CHALLENGE_PROVIDER):
 * the server names the provider and site key when a write needs a challenge,
 * the page's solver (configure({ challenge })) gets a token, and the server
 * checks it with the provider's siteverify endpoint — here a local one that
 * speaks each provider's protocol (the real ones are on the internet), issues
 * tokens like the provider's widget and records what it was asked.
 */

interface Asked {
  provider: string;
  secret: string | undefined;
  response: string | undefined;
  remoteip: string | undefined;
  sitekey: string | undefined;
}

/** A siteverify endpoint: Turnstile's and hCaptcha's form protocol, or Friendly Captcha v2's JSON with an API key. */
async function fakeProvider(secret: string) {
  const issued = new Set<string>();
  const asked: Asked[] = [];
  const read = async (request: IncomingMessage) => {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    return body;
  };
  const server: Server = createServer((request, response) => {
    void read(request).then((body) => {
      const json = request.headers['content-type']?.startsWith('application/json');
      const fields: Record<string, string | undefined> = json
        ? (JSON.parse(body) as Record<string, string>)
        : Object.fromEntries(new URLSearchParams(body));
      const given = json ? (request.headers['x-api-key'] as string | undefined) : fields['secret'];
      asked.push({
        provider: json ? 'friendly-captcha' : 'form',
        secret: given,
        response: fields['response'],
        remoteip: fields['remoteip'],
        sitekey: fields['sitekey'],
      });
      // Accepts any token it issued, even twice: the server must refuse replays by itself.
      const success = given === secret && issued.has(fields['response'] ?? '');
      response.writeHead(given === secret ? 200 : 401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ success, ...(success ? {} : { 'error-codes': ['invalid-input-response'] }) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/siteverify`,
    asked,
    /** What the provider's widget on the page gives a person who passed its check. */
    issue() {
      const token = `token-${randomUUID()}`;
      issued.add(token);
      return token;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const content = {
  polls: [
    {
      id: 'p',
      question: 'Which?',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      resultsVisibility: 'always' as const,
    },
  ],
};

/** Every write needs a challenge (the tests' servers otherwise never ask). */
const everyWrite = { challenge: { ...DEFAULT_CHALLENGE_RULES, threshold: 0 } };

const participants = async (server: TestServer) =>
  ((await (await fetch(`${server.api}/polls/p`)).json()) as { results: { totalParticipants: number } }).results.totalParticipants;

for (const { name, url } of testDatabaseUrls()) {
  describe(`A captcha service instead of the proof of work, on ${name}`, () => {
    let server: TestServer;
    let provider: Awaited<ReturnType<typeof fakeProvider>>;
    before(async () => {
      provider = await fakeProvider('turnstile-secret');
      server = await startTestServer(
        url,
        content,
        {
          CIVIC_CHALLENGE_PROVIDER: 'turnstile',
          CIVIC_CHALLENGE_SITE_KEY: '0x4AAAAAAA-site',
          CIVIC_CHALLENGE_SECRET: 'turnstile-secret',
          CIVIC_CHALLENGE_VERIFY_URL: provider.url,
        },
        everyWrite,
      );
    });
    after(async () => {
      await server?.close();
      await provider?.close();
    });

    test('the problem names the provider and site key; the page’s token is checked with the provider, and the write counts', async () => {
      const seen: CaptchaRequest[] = [];
      const adapter = participant(server, 'ada', {
        challenge: (request) => {
          seen.push(request);
          return provider.issue();
        },
      });
      const view = await adapter.vote('p', { choices: ['a'] });
      assert.deepEqual(view.myVote, ['a']);
      assert.deepEqual(seen, [{ provider: 'turnstile', siteKey: '0x4AAAAAAA-site' }]);
      const last = provider.asked.at(-1)!;
      assert.equal(last.secret, 'turnstile-secret');
      assert.match(last.response ?? '', /^token-/);
      assert.equal(last.remoteip, networkOf('ada'), 'the citizen’s address, as Turnstile recommends');
      assert.equal(await participants(server), 1);
    });

    test('a token serves one write; one the provider refuses, or none, writes nothing', async () => {
      const token = provider.issue();
      const raw = (extra: Record<string, string>) =>
        fetch(`${server.api}/polls/p/votes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-civic-voter': `raw-${randomUUID()}`, ...extra },
          body: JSON.stringify({ choices: ['b'] }),
        });
      const before = await participants(server);
      assert.equal((await raw({ 'x-civic-challenge': token })).status, 200);
      const replayed = await raw({ 'x-civic-challenge': token });
      assert.equal(replayed.status, 428);
      assert.match(((await replayed.json()) as { detail: string }).detail, /used already/);
      const forged = await raw({ 'x-civic-challenge': 'token-made-up' });
      assert.equal(forged.status, 428);
      const problem = (await forged.json()) as { detail: string; challenge: unknown };
      assert.match(problem.detail, /turnstile did not accept/);
      assert.deepEqual(problem.challenge, { provider: 'turnstile', siteKey: '0x4AAAAAAA-site' });
      assert.equal((await raw({})).status, 428);
      assert.equal(await participants(server), before + 1);

      // A page that gives no solver, or whose solver gives nothing: challenge-required, nothing counted.
      await assert.rejects(participant(server, 'ben').vote('p', { choices: ['a'] }), { code: 'challenge-required' });
      await assert.rejects(participant(server, 'cy', { challenge: () => null }).vote('p', { choices: ['a'] }), {
        code: 'challenge-required',
      });
      assert.equal(await participants(server), before + 1);
    });
  });
}

describe('Friendly Captcha v2 and an unreachable provider', () => {
  test('Friendly Captcha: JSON with the API key in X-API-Key and the site key; a provider that cannot be reached accepts nothing', async () => {
    const provider = await fakeProvider('frc-api-key');
    const server = await startTestServer(
      testDatabaseUrls()[0]!.url,
      content,
      {
        CIVIC_CHALLENGE_PROVIDER: 'friendly-captcha',
        CIVIC_CHALLENGE_SITE_KEY: 'FCMSITEKEY',
        CIVIC_CHALLENGE_SECRET: 'frc-api-key',
        CIVIC_CHALLENGE_VERIFY_URL: provider.url,
      },
      everyWrite,
    );
    try {
      await participant(server, 'dee', { challenge: () => provider.issue() }).vote('p', { choices: ['a'] });
      const last = provider.asked.at(-1)!;
      assert.equal(last.provider, 'friendly-captcha');
      assert.equal(last.secret, 'frc-api-key');
      assert.equal(last.sitekey, 'FCMSITEKEY');
      assert.equal(await participants(server), 1);
      await provider.close();
      await assert.rejects(participant(server, 'eli', { challenge: () => 'token-x' }).vote('p', { choices: ['a'] }), {
        code: 'challenge-required',
        message: /could not be checked with friendly-captcha/,
      });
      assert.equal(await participants(server), 1);
    } finally {
      await server.close();
    }
  });

  test('settings: a provider needs its keys; the keys need a provider; unknown providers are refused', () => {
    assert.equal(loadConfig({}).captcha, null);
    assert.throws(
      () => loadConfig({ CIVIC_CHALLENGE_PROVIDER: 'hcaptcha' }),
      /needs CIVIC_CHALLENGE_SITE_KEY and CIVIC_CHALLENGE_SECRET/,
    );
    assert.throws(
      () => loadConfig({ CIVIC_CHALLENGE_SECRET: 'x' }),
      /CIVIC_CHALLENGE_SECRET is set but CIVIC_CHALLENGE_PROVIDER is not/,
    );
    assert.throws(
      () => loadConfig({ CIVIC_CHALLENGE_PROVIDER: 'recaptcha' }),
      /must be one of turnstile, hcaptcha, friendly-captcha/,
    );
    assert.deepEqual(
      loadConfig({ CIVIC_CHALLENGE_PROVIDER: 'hcaptcha', CIVIC_CHALLENGE_SITE_KEY: 's', CIVIC_CHALLENGE_SECRET: 'k' }).captcha,
      { provider: 'hcaptcha', siteKey: 's', secret: 'k', verifyUrl: 'https://api.hcaptcha.com/siteverify' },
    );
  });
});
