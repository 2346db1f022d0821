import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type AddressInfo, createServer as createHttpServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { type CryptoKey, type JWK, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { RestAdapter } from '@civic-widgets/core';
import { assertInvariants } from './test-support/invariants.js';
import { type TestServer, networkOf, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Verified participants: the agency's site signs citizens in and gives the
 * page a short-lived JWT; the server checks it against the issuer's keys
 * (here from a real JWKS URL) and counts one vote, signature or rating per
 * person, whatever the device. Keys are real ES256, EdDSA and RS256 pairs.
 */
const ISSUER = 'https://www.city.example';
const AUDIENCE = 'https://participate.city.example';
const SIGN_IN = 'https://www.city.example/sign-in';

const verified = { kind: 'verified' as const, signIn: SIGN_IN };
const content = {
  polls: [
    {
      id: 'budget',
      question: 'Which park first?',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      resultsVisibility: 'always' as const,
      eligibility: { ...verified, claim: { name: 'area', anyOf: ['north', 'south'] } },
    },
    {
      id: 'open',
      question: 'Anyone?',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    },
  ],
  petitions: [{ id: 'library', title: 'Keep the library open', goal: 10, eligibility: verified }],
  services: [{ id: 'bins', name: 'Bins', question: 'Was it useful?', scale: 'yesno' as const, eligibility: verified }],
};

interface Signer {
  key: CryptoKey;
  alg: string;
  kid: string;
}

for (const { name, url } of testDatabaseUrls()) {
  describe(`Verified participants on ${name}`, () => {
    let server: TestServer;
    let jwks: ReturnType<typeof createHttpServer>;
    const signers: Record<string, Signer> = {};
    let stranger: Signer;

    before(async () => {
      const published: JWK[] = [];
      for (const alg of ['ES256', 'EdDSA', 'RS256']) {
        const { privateKey, publicKey } = await generateKeyPair(alg);
        const kid = `key-${alg}`;
        signers[alg] = { key: privateKey, alg, kid };
        published.push({ ...(await exportJWK(publicKey)), kid, alg });
      }
      // Same algorithm and key id as a published key, but not the issuer's key.
      stranger = { key: (await generateKeyPair('ES256')).privateKey, alg: 'ES256', kid: 'key-ES256' };
      jwks = createHttpServer((_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ keys: published }));
      });
      await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
      const { port } = jwks.address() as AddressInfo;
      server = await startTestServer(url, content, {
        CIVIC_IDENTITY_ISSUER: ISSUER,
        CIVIC_IDENTITY_AUDIENCE: AUDIENCE,
        CIVIC_IDENTITY_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
      });
    });
    after(async () => {
      await server?.close();
      jwks?.close();
    });

    /** A token as the agency's site would issue it; `change` alters its claims, times or key. */
    const token = async (
      subject: string,
      change: {
        claims?: Record<string, unknown>;
        issuer?: string;
        audience?: string;
        expiresIn?: number;
        notBefore?: number;
        signer?: Signer;
      } = {},
    ) => {
      const signer = change.signer ?? signers['ES256']!;
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({ area: 'north', ...change.claims })
        .setProtectedHeader({ alg: signer.alg, kid: signer.kid })
        .setSubject(subject)
        .setIssuer(change.issuer ?? ISSUER)
        .setAudience(change.audience ?? AUDIENCE)
        .setIssuedAt(now)
        .setJti(randomUUID())
        .setExpirationTime(now + (change.expiresIn ?? 120));
      if (change.notBefore !== undefined) jwt.setNotBefore(now + change.notBefore);
      return jwt.sign(signer.key);
    };

    /** A device: its own participant token and network; `identity` as `configure({ identity })` would give it. */
    const device = (label: string, identity?: () => Promise<string | null>) =>
      new RestAdapter({
        endpoint: server.api,
        voterToken: `device-${label}`.padEnd(24, '0'),
        retries: 0,
        ...(identity ? { identity } : {}),
        fetch: (input, init) =>
          fetch(input, {
            ...init,
            headers: { ...Object.fromEntries(new Headers(init?.headers)), 'x-forwarded-for': networkOf(label) },
          }),
      });

    const vote = (pollId: string, identity: string | null, headers: Record<string, string> = {}) =>
      fetch(`${server.api}/polls/${pollId}/votes`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-civic-voter': `raw-${randomUUID()}`,
          'idempotency-key': randomUUID(),
          ...(identity ? { 'x-civic-identity': identity } : {}),
          ...headers,
        },
        body: JSON.stringify({ choices: ['a'] }),
      });
    const participants = async (pollId: string) =>
      ((await (await fetch(`${server.api}/polls/${pollId}`)).json()) as { results: { totalParticipants: number } }).results
        .totalParticipants;

    test('resources say who may take part, with the sign-in link', async () => {
      const view = await device('reader').getPoll('budget');
      assert.deepEqual(view.poll.eligibility, {
        kind: 'verified',
        signIn: SIGN_IN,
        claim: { name: 'area', anyOf: ['north', 'south'] },
      });
      assert.equal((await device('reader').getPoll('open')).poll.eligibility, undefined, 'absent: anyone');
    });

    test('one person votes once, whatever the device; each accepted algorithm works', async () => {
      const before = await participants('budget');
      const phone = device('ada-phone', () => token('ada'));
      const laptop = device('ada-laptop', () => token('ada'));
      assert.deepEqual((await phone.vote('budget', { choices: ['a'] })).myVote, ['a']);
      await assert.rejects(laptop.vote('budget', { choices: ['b'] }), { code: 'already-done' });
      for (const alg of ['EdDSA', 'RS256']) {
        const other = device(`${alg}-person`, () => token(`person-${alg}`, { signer: signers[alg]! }));
        assert.deepEqual((await other.vote('budget', { choices: ['b'] })).myVote, ['b'], alg);
      }
      assert.equal(await participants('budget'), before + 3);
      await assertInvariants(server.ctx.db);
    });

    test('every bad token is refused with a clear reason, and nothing is counted', async () => {
      const before = await participants('budget');
      const cases: [string, Promise<string | null>, number, RegExp][] = [
        ['no token', Promise.resolve(null), 401, /only verified participants/i],
        ['expired', token('bo', { expiresIn: -120 }), 401, /expired/],
        ['not yet valid', token('bo', { notBefore: 600 }), 401, /not valid yet/],
        ['wrong issuer', token('bo', { issuer: 'https://evil.example' }), 401, /"iss"/],
        ['wrong audience', token('bo', { audience: 'https://other.example' }), 401, /"aud"/],
        ['wrong key', token('bo', { signer: stranger }), 401, /signature/],
        ['lives too long', token('bo', { expiresIn: 3600 }), 401, /too long/],
        ['claim not eligible', token('bo', { claims: { area: 'east' } }), 403, /area/],
        ['claim missing', token('bo', { claims: { area: undefined } }), 403, /area/],
        ['not a JWT', Promise.resolve('not-a-token'), 401, /not a JWT/],
      ];
      for (const [label, pending, status, detail] of cases) {
        const answer = await vote('budget', await pending);
        assert.equal(answer.status, status, label);
        const problem = (await answer.json()) as { code: string; detail: string };
        assert.equal(problem.code, status === 401 ? 'verification-required' : 'not-eligible', label);
        assert.match(problem.detail, detail, label);
      }
      // HMAC-signed: the server never holds the issuer's secret, so HS256 proves nothing.
      const hmac = await new SignJWT({ area: 'north' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('bo')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('2m')
        .sign(new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes!'));
      assert.equal((await vote('budget', hmac)).status, 401, 'HS256');
      assert.equal(await participants('budget'), before, 'nothing counted');
    });

    test('a token serves one action: its retries replay the answer, any other use is refused', async () => {
      const jwt = await token('cy');
      const key = randomUUID();
      const voter = 'device-cy'.padEnd(24, '0');
      const first = await vote('budget', jwt, { 'idempotency-key': key, 'x-civic-voter': voter });
      assert.equal(first.status, 200);
      const retry = await vote('budget', jwt, { 'idempotency-key': key, 'x-civic-voter': voter });
      assert.equal(retry.status, 200, 'the same request again (a lost answer) is not a replay');
      assert.equal(retry.headers.get('idempotent-replayed'), 'true');
      const replay = await vote('open', jwt);
      assert.equal(replay.status, 200, 'a poll open to anyone ignores the token');
      const again = await vote('budget', jwt, { 'x-civic-voter': 'another-device-of-cy-00' });
      assert.equal(again.status, 401);
      assert.match(((await again.json()) as { detail: string }).detail, /used already/);
    });

    test('one signature per verified person, whatever address they give', async () => {
      const sign = (label: string, email: string) =>
        device(label, () => token('dee')).signPetition('library', { name: 'Dee', email, consent: true });
      await sign('dee-phone', 'dee@example.org');
      await assert.rejects(sign('dee-laptop', 'dee.other@example.org'), { code: 'already-done' });
      await sign('dee-laptop', 'dee@example.org'); // the same address again: the usual answer
      await assert.rejects(device('anon').signPetition('library', { name: 'X', email: 'x@example.org', consent: true }), {
        code: 'verification-required',
      });
      const rows = await server.ctx.db
        .selectFrom('signatures')
        .select(['person', 'email'])
        .where('petition_id', '=', 'library')
        .execute();
      assert.equal(rows.length, 1);
      assert.ok(rows[0]!.person && !rows[0]!.person.includes('dee'), 'only a keyed hash of the person is stored');
    });

    test('one rating per verified person: a second device changes it', async () => {
      const first = await device('eve-phone', () => token('eve')).rate('bins', { score: 1 });
      const second = await device('eve-laptop', () => token('eve')).rate('bins', { score: 0 });
      assert.equal(second.ratingId, first.ratingId, 'the same rating, changed');
      const count = await server.ctx.db
        .selectFrom('ratings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('service_id', '=', 'bins')
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 1);
      await assert.rejects(device('anon-rater').rate('bins', { score: 1 }), { code: 'verification-required' });
    });
  });
}
