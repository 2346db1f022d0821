import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from './config.js';
import { oidcKey } from './domain/staff-oidc.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  OTHER_CLIENT_ID,
  OTHER_CLIENT_SECRET,
  PUBLIC_CLIENT_ID,
  ROLE_MAP,
  type TestProvider,
  finishSignIn,
  freePort,
  oidcSignIn,
  startSignIn,
  startTestProvider,
  startWithProvider,
  throughProvider,
} from './test-support/oidc.js';
import { ADMIN_TOKEN, type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Single sign-on to the console against a real OpenID provider (oidc-provider
 * on 127.0.0.1), through the real HTTP API: the browser is sent to the
 * provider and back, and the server must refuse whatever does not check out.
 */

const PASSWORD = 'a long enough passphrase';

const admin = (server: TestServer, method: string, path: string, body?: unknown) =>
  fetch(`${server.api}/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

/** A request of the console, signed in with a session cookie. */
const asSession = (server: TestServer, cookie: string, path: string, init: RequestInit = {}) =>
  fetch(`${server.api}/admin${path}`, { ...init, headers: { cookie, ...(init.headers as Record<string, string>) } });

interface StaffView {
  id: number;
  email: string;
  name: string;
  role: string;
  status: string;
  signsInWith: string[];
}
interface AuditView {
  action: string;
  detail: string | null;
  actor: { email: string | null; role: string | null };
  before: { role?: string; signsInWith?: string[] } | null;
  after: { role?: string; signsInWith?: string[] } | null;
}

const staffList = async (server: TestServer) => (await (await admin(server, 'GET', '/staff')).json()) as StaffView[];
const audit = async (server: TestServer, query: string) =>
  (await (await admin(server, 'GET', `/audit?${query}`)).json()) as AuditView[];

/** HTTP Basic client authentication as RFC 6749 §2.3.1 has it: both parts form-encoded first. */
const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id).replace(/-/g, '%2D')}:${encodeURIComponent(secret).replace(/-/g, '%2D')}`).toString('base64')}`;

const refusedWith = (server: TestServer, code: string) => `${server.config.publicUrl}/admin/#signin-error=${code}`;

for (const { name, url } of testDatabaseUrls()) {
  describe(`Single sign-on on ${name}`, () => {
    let server: TestServer;
    let provider: TestProvider;
    before(async () => {
      ({ server, provider } = await startWithProvider(url));
    });
    after(async () => {
      await server.close();
      await provider.close();
    });

    test('the console learns the sign-in methods and the button text', async () => {
      const res = await fetch(`${server.api}/admin/auth/methods`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), {
        password: true,
        oidc: { label: 'Sign in with Council account', start: '/api/v1/admin/oidc/start' },
      });
    });

    test('a mapped admin signs in through the provider and gets a working session', async () => {
      provider.accounts.set('ada', {
        email: 'Ada@Council.example',
        email_verified: true,
        name: 'Ada Lovelace',
        // The most privileged match wins.
        groups: ['civic-analysts', 'civic-admins', 'unrelated'],
      });

      const start = await fetch(`${server.api}/admin/oidc/start`, { redirect: 'manual' });
      assert.equal(start.status, 302);
      const to = new URL(start.headers.get('location')!);
      assert.equal(to.origin + to.pathname, `${provider.issuer}/auth`);
      const params = Object.fromEntries(to.searchParams);
      assert.equal(params['client_id'], CLIENT_ID);
      assert.equal(params['response_type'], 'code');
      assert.equal(params['scope'], 'openid email profile');
      assert.equal(params['redirect_uri'], `${server.config.publicUrl}/api/v1/admin/oidc/callback`);
      assert.equal(params['code_challenge_method'], 'S256');
      assert.match(params['code_challenge'] ?? '', /^[A-Za-z0-9_-]{43}$/);
      assert.match(params['state'] ?? '', /^[A-Za-z0-9_-]{22,}$/);
      assert.match(params['nonce'] ?? '', /^[A-Za-z0-9_-]{22,}$/);
      const flowCookie = start.headers.getSetCookie().find((c) => c.startsWith('civic_oidc='))!;
      assert.match(flowCookie, /HttpOnly/i);
      assert.match(flowCookie, /SameSite=Lax/i, 'sent on the cross-site navigation back from the provider');
      assert.match(flowCookie, /Path=\/api\/v1\/admin\/oidc(;|$)/);
      assert.match(flowCookie, /Max-Age=600/);
      assert.ok(!flowCookie.includes(params['state']!), 'the state is not readable in the cookie as such');

      const callback = await throughProvider(to.href, 'ada', `${server.config.publicUrl}/api/v1/admin/oidc/callback`);
      const done = await finishSignIn(server, callback, flowCookie.split(';')[0]!);
      assert.equal(done.status, 302);
      assert.equal(done.location, `${server.config.publicUrl}/admin/`);
      assert.ok(done.session, 'a session cookie is set');
      const sessionCookie = done.setCookies.find((c) => c.startsWith('civic_console='))!;
      assert.match(sessionCookie, /HttpOnly/i);
      assert.match(sessionCookie, /SameSite=Strict/i, 'the same cookie as password sign-in');
      assert.match(sessionCookie, /Path=\/api\/v1\/admin(;|$)/);
      assert.ok(
        done.setCookies.some((c) => /^civic_oidc=;/.test(c) && /Max-Age=0/i.test(c)),
        'the flow cookie is cleared',
      );

      const me = (await (await asSession(server, done.session, '/session')).json()) as { staff: StaffView; csrfToken: string };
      assert.deepEqual(
        [me.staff.email, me.staff.name, me.staff.role, me.staff.status, me.staff.signsInWith],
        ['ada@council.example', 'Ada Lovelace', 'admin', 'active', ['oidc']],
      );
      const list = await asSession(server, done.session, '/staff');
      assert.equal(list.status, 200, 'an admin may list staff');
      const invite = await asSession(server, done.session, '/staff', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken, origin: server.config.publicUrl },
        body: JSON.stringify({ email: 'invited-by-ada@council.example', role: 'analyst' }),
      });
      assert.equal(invite.status, 201, 'and change things with the CSRF token');

      // Only a keyed hash of issuer and subject is stored.
      const row = await server.ctx.db
        .selectFrom('staff')
        .selectAll()
        .where('email', '=', 'ada@council.example')
        .executeTakeFirstOrThrow();
      assert.equal(row.oidc_key, oidcKey(server.ctx, provider.issuer, 'ada'));
      assert.equal(row.password_hash, null);
      const session = await server.ctx.db
        .selectFrom('staff_sessions')
        .select('via')
        .where('staff_id', '=', row.id)
        .executeTakeFirstOrThrow();
      assert.equal(session.via, 'oidc');

      const entries = await audit(server, `resourceKind=staff&resourceId=${row.id}`);
      assert.deepEqual(entries.map((e) => [e.action, e.detail, e.actor.email, e.actor.role]).reverse(), [
        ['staff.create', 'oidc', 'ada@council.example', 'admin'],
        ['staff.sign-in', 'oidc', 'ada@council.example', 'admin'],
      ]);
    });

    test('a mapped editor gets the editor role and only its permissions', async () => {
      provider.accounts.set('eddie', { email: 'eddie@council.example', email_verified: true, groups: ['civic-editors'] });
      const done = await oidcSignIn(server, 'eddie');
      assert.equal(done.location, `${server.config.publicUrl}/admin/`);
      assert.ok(done.session);
      const me = (await (await asSession(server, done.session, '/session')).json()) as { staff: StaffView };
      assert.deepEqual([me.staff.role, me.staff.name], ['editor', 'eddie']);
      assert.equal((await asSession(server, done.session, '/polls')).status, 200, 'content');
      assert.equal((await asSession(server, done.session, '/staff')).status, 403, 'not staff');
    });

    test('a person with no mapped role is refused and no account is created', async () => {
      provider.accounts.set('nora', { email: 'nora@council.example', email_verified: true, groups: ['library-staff'] });
      provider.accounts.set('nobody', { email: 'nobody@council.example', email_verified: true });
      const count = (await staffList(server)).length;
      for (const account of ['nora', 'nobody']) {
        const done = await oidcSignIn(server, account);
        assert.equal(done.status, 302);
        assert.equal(done.location, refusedWith(server, 'no-role'), account);
        assert.equal(done.session, null);
      }
      const staff = await staffList(server);
      assert.equal(staff.length, count);
      assert.ok(!staff.some((s) => s.email.startsWith('no')), 'no account');
    });

    test('an existing password account with the same verified e-mail is linked, not duplicated', async () => {
      const invited = (await (
        await admin(server, 'POST', '/staff', { email: 'Grace@Council.example', name: 'Grace H.', role: 'editor' })
      ).json()) as { staff: StaffView; setupLink: string };
      const token = invited.setupLink.split('#setup=')[1];
      assert.equal((await admin(server, 'POST', '/setup', { token, password: PASSWORD })).status, 200);

      provider.accounts.set('grace-at-idp', {
        email: 'grace@council.example',
        email_verified: true,
        name: 'Grace Hopper',
        groups: ['civic-moderators'],
      });
      const done = await oidcSignIn(server, 'grace-at-idp');
      assert.equal(done.location, `${server.config.publicUrl}/admin/`);
      const graces = (await staffList(server)).filter((s) => s.email === 'grace@council.example');
      assert.equal(graces.length, 1);
      assert.equal(graces[0]!.id, invited.staff.id, 'the same account');
      assert.deepEqual(graces[0]!.signsInWith, ['password', 'oidc']);
      assert.equal(graces[0]!.role, 'moderator', "the provider's claim decides the role");
      assert.equal(graces[0]!.name, 'Grace H.', 'the name given in the console stays');
      const [update] = await audit(server, `action=staff.update&resourceId=${invited.staff.id}`);
      assert.equal(update?.detail, 'oidc');
      assert.deepEqual(
        [update?.before?.role, update?.before?.signsInWith, update?.after?.role, update?.after?.signsInWith],
        ['editor', ['password'], 'moderator', ['password', 'oidc']],
      );

      // Next time the identity finds the account, even after the address changed at the provider.
      provider.accounts.set('grace-at-idp', { ...provider.accounts.get('grace-at-idp'), email: 'grace.hopper@council.example' });
      assert.equal((await oidcSignIn(server, 'grace-at-idp')).location, `${server.config.publicUrl}/admin/`);
      assert.equal((await staffList(server)).filter((s) => s.name.startsWith('Grace')).length, 1);
      // And the password still works.
      const password = await fetch(`${server.api}/admin/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'grace@council.example', password: PASSWORD }),
      });
      assert.equal(password.status, 200);
    });

    test('an address the provider says is unverified links nothing and creates nothing', async () => {
      const invited = (await (
        await admin(server, 'POST', '/staff', { email: 'heidi@council.example', role: 'admin' })
      ).json()) as {
        staff: StaffView;
      };
      provider.accounts.set('mallory', { email: 'heidi@council.example', email_verified: false, groups: ['civic-admins'] });
      provider.accounts.set('newcomer', { email: 'new@council.example', email_verified: false, groups: ['civic-editors'] });
      for (const account of ['mallory', 'newcomer']) {
        const done = await oidcSignIn(server, account);
        assert.equal(done.location, refusedWith(server, 'failed'), account);
        assert.equal(done.session, null);
      }
      const staff = await staffList(server);
      assert.deepEqual(staff.find((s) => s.id === invited.staff.id)?.signsInWith, [], 'heidi was not linked');
      assert.ok(!staff.some((s) => s.email === 'new@council.example'));
    });

    test('a disabled account is refused', async () => {
      provider.accounts.set('dan', { email: 'dan@council.example', email_verified: true, groups: ['civic-analysts'] });
      assert.ok((await oidcSignIn(server, 'dan')).session);
      const dan = (await staffList(server)).find((s) => s.email === 'dan@council.example')!;
      assert.equal((await admin(server, 'PATCH', `/staff/${dan.id}`, { status: 'disabled' })).status, 200);
      const done = await oidcSignIn(server, 'dan');
      assert.equal(done.location, refusedWith(server, 'disabled'));
      assert.equal(done.session, null);
      assert.equal((await staffList(server)).find((s) => s.id === dan.id)?.status, 'disabled', 'still disabled');
    });

    test('leaving a group demotes at the next sign-in; leaving them all refuses, and changes nothing', async () => {
      provider.accounts.set('bo', { email: 'bo@council.example', email_verified: true, groups: ['civic-admins'] });
      const first = await oidcSignIn(server, 'bo');
      assert.ok(first.session);
      const bo = (await staffList(server)).find((s) => s.email === 'bo@council.example')!;
      assert.equal(bo.role, 'admin');

      provider.accounts.set('bo', { ...provider.accounts.get('bo'), groups: ['civic-analysts'] });
      const second = await oidcSignIn(server, 'bo');
      assert.ok(second.session);
      const me = (await (await asSession(server, second.session, '/session')).json()) as { staff: StaffView };
      assert.equal(me.staff.role, 'analyst');
      assert.equal((await asSession(server, second.session, '/staff')).status, 403, 'no longer an admin');
      assert.equal((await asSession(server, first.session, '/session')).status, 401, 'the admin session ended');
      const [update] = await audit(server, `action=staff.update&resourceId=${bo.id}`);
      assert.deepEqual([update?.before?.role, update?.after?.role, update?.detail], ['admin', 'analyst', 'oidc']);

      provider.accounts.set('bo', { ...provider.accounts.get('bo'), groups: [] });
      const third = await oidcSignIn(server, 'bo');
      assert.equal(third.location, refusedWith(server, 'no-role'));
      assert.equal(third.session, null);
      assert.equal((await staffList(server)).find((s) => s.id === bo.id)?.role, 'analyst');
    });

    test('a tampered, foreign, replayed, missing, forged or stale state is refused', async () => {
      provider.accounts.set('sam', { email: 'sam@council.example', email_verified: true, groups: ['civic-editors'] });
      const callbackPrefix = `${server.config.publicUrl}/api/v1/admin/oidc/callback`;
      const sessions = async () =>
        Number(
          (
            await server.ctx.db
              .selectFrom('staff_sessions')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await sessions();

      // The state in the answer was changed.
      const one = await startSignIn(server);
      const tampered = await throughProvider(one.authorizationUrl, 'sam', callbackPrefix);
      const state = tampered.searchParams.get('state')!;
      tampered.searchParams.set('state', `${state.slice(0, -2)}${state.endsWith('AA') ? 'BB' : 'AA'}`);
      assert.equal((await finishSignIn(server, tampered, one.flowCookie)).location, refusedWith(server, 'failed'));

      // An answer to another sign-in than this browser's (login CSRF: an attacker's own code and state).
      const attackers = await startSignIn(server);
      const victims = await startSignIn(server);
      const foreign = await throughProvider(attackers.authorizationUrl, 'sam', callbackPrefix);
      assert.equal((await finishSignIn(server, foreign, victims.flowCookie)).location, refusedWith(server, 'failed'));

      // No flow cookie (expired in the browser, or another browser), or a forged one.
      const lost = await startSignIn(server);
      const lostAnswer = await throughProvider(lost.authorizationUrl, 'sam', callbackPrefix);
      assert.equal((await finishSignIn(server, lostAnswer, null)).location, refusedWith(server, 'expired'));
      const [payload, mac] = lost.flowCookie.slice('civic_oidc='.length).split('.');
      const forged = `civic_oidc=${payload}.${mac!.slice(0, -2)}${mac!.endsWith('AA') ? 'BB' : 'AA'}`;
      assert.equal((await finishSignIn(server, lostAnswer, forged)).location, refusedWith(server, 'expired'));

      // A sign-in that came back after more than 10 minutes.
      const slow = await startSignIn(server);
      const slowAnswer = await throughProvider(slow.authorizationUrl, 'sam', callbackPrefix);
      const realNow = server.ctx.now;
      server.ctx.now = () => new Date(Date.now() + 10 * 60_000 + 1_000);
      try {
        assert.equal((await finishSignIn(server, slowAnswer, slow.flowCookie)).location, refusedWith(server, 'expired'));
      } finally {
        server.ctx.now = realNow;
      }
      assert.equal(await sessions(), before, 'none of these opened a session');

      // A completed answer sent again, cookie and all: the code works once.
      const good = await oidcSignIn(server, 'sam');
      assert.ok(good.session);
      const replay = await finishSignIn(server, good.callback, good.flowCookie);
      assert.equal(replay.location, refusedWith(server, 'failed'));
      assert.equal(replay.session, null);
      assert.equal(await sessions(), before + 1, 'only the genuine sign-in opened one');
    });

    test('tokens minted for another client (wrong audience) are refused', async () => {
      provider.accounts.set('otto', { email: 'otto@council.example', email_verified: true, groups: ['civic-admins'] });
      const { authorizationUrl, flowCookie } = await startSignIn(server);
      // The provider is asked for a code for another application with the same redirect URI…
      const redirected = new URL(authorizationUrl);
      redirected.searchParams.set('client_id', OTHER_CLIENT_ID);
      const callback = await throughProvider(redirected.href, 'otto', `${server.config.publicUrl}/api/v1/admin/oidc/callback`);
      // …and exchanges it as that application, so the ID token's audience is the other client.
      const issued = provider.tokensIssued();
      let sentBy = '';
      provider.onTokenRequest = (request: IncomingMessage) => {
        sentBy = request.headers.authorization ?? '';
        request.headers.authorization = basic(OTHER_CLIENT_ID, OTHER_CLIENT_SECRET);
      };
      try {
        const done = await finishSignIn(server, callback, flowCookie);
        assert.equal(sentBy, basic(CLIENT_ID, CLIENT_SECRET), 'the server authenticated as its own client');
        assert.equal(provider.tokensIssued(), issued + 1, 'the provider handed out tokens');
        assert.equal(done.location, refusedWith(server, 'failed'), 'but their audience is not this server');
        assert.equal(done.session, null);
      } finally {
        provider.onTokenRequest = null;
      }
      assert.ok(!(await staffList(server)).some((s) => s.email === 'otto@council.example'));
    });
  });

  describe(`Single sign-on configurations on ${name}`, () => {
    test('a public client (PKCE, no secret) with the role in a dotted claim and the claims only in UserInfo', async () => {
      const { server, provider } = await startWithProvider(
        url,
        undefined,
        { CIVIC_OIDC_CLIENT_ID: PUBLIC_CLIENT_ID, CIVIC_OIDC_CLIENT_SECRET: '', CIVIC_OIDC_ROLE_CLAIM: 'realm_access.roles' },
        { claimsInIdToken: false },
      );
      try {
        provider.accounts.set('kim', {
          email: 'kim@council.example',
          email_verified: true,
          realm_access: { roles: ['civic-editors'] },
        });
        const done = await oidcSignIn(server, 'kim');
        assert.equal(done.location, `${server.config.publicUrl}/admin/`);
        const me = (await (await asSession(server, done.session!, '/session')).json()) as { staff: StaffView };
        assert.deepEqual([me.staff.email, me.staff.role], ['kim@council.example', 'editor']);
      } finally {
        await server.close();
        await provider.close();
      }
    });

    test('the verified address as role claim, as with Login.gov (no groups there)', async () => {
      const { server, provider } = await startWithProvider(url, undefined, {
        CIVIC_OIDC_SCOPES: 'openid email',
        CIVIC_OIDC_ROLE_CLAIM: 'email',
        CIVIC_OIDC_ROLE_MAP: 'Ada.Lovelace@City.gov=admin,grace@city.gov=editor',
        CIVIC_OIDC_AUTH_PARAMS: 'acr_values=urn:acr.login.gov:auth-only&prompt=login',
      });
      try {
        provider.accounts.set('ada', { email: 'ada.lovelace@CITY.gov', email_verified: true });
        provider.accounts.set('not-grace', { email: 'grace@city.gov', email_verified: false });
        const { authorizationUrl } = await startSignIn(server);
        assert.equal(new URL(authorizationUrl).searchParams.get('acr_values'), 'urn:acr.login.gov:auth-only');
        assert.equal(new URL(authorizationUrl).searchParams.get('prompt'), 'login');
        const ada = await oidcSignIn(server, 'ada');
        const me = (await (await asSession(server, ada.session!, '/session')).json()) as { staff: StaffView };
        assert.deepEqual([me.staff.email, me.staff.role], ['ada.lovelace@city.gov', 'admin']);
        assert.equal(
          (await oidcSignIn(server, 'not-grace')).location,
          refusedWith(server, 'no-role'),
          'an unverified address maps to nothing',
        );
      } finally {
        await server.close();
        await provider.close();
      }
    });

    test('tokens from another issuer than the configured one are refused', async () => {
      // The server is configured for issuer A, whose discovery document points at provider B's endpoints:
      // B signs its tokens as B.
      const port = await freePort();
      const publicUrl = `http://127.0.0.1:${port}`;
      const providerB = await startTestProvider(`${publicUrl}/api/v1/admin/oidc/callback`);
      const shim = createServer((request, response) => {
        if (request.url !== '/.well-known/openid-configuration') return void response.writeHead(404).end();
        void fetch(`${providerB.issuer}/.well-known/openid-configuration`)
          .then((res) => res.json() as Promise<Record<string, unknown>>)
          .then((metadata) => {
            // Without this flag the client accepts answers without an `iss` parameter (RFC 9207),
            // so the ID token's own `iss` is what is left to catch B.
            delete metadata['authorization_response_iss_parameter_supported'];
            response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...metadata, issuer: issuerA }));
          });
      });
      await new Promise<void>((resolve) => shim.listen(0, '127.0.0.1', resolve));
      const issuerA = `http://127.0.0.1:${(shim.address() as AddressInfo).port}`;
      const server = await startTestServer(
        url,
        undefined,
        {
          CIVIC_PUBLIC_URL: publicUrl,
          CIVIC_OIDC_ISSUER: issuerA,
          CIVIC_OIDC_CLIENT_ID: CLIENT_ID,
          CIVIC_OIDC_CLIENT_SECRET: CLIENT_SECRET,
          CIVIC_OIDC_ROLE_MAP: ROLE_MAP,
        },
        { port, oidcInsecureHttp: true },
      );
      try {
        providerB.accounts.set('eve', { email: 'eve@council.example', email_verified: true, groups: ['civic-admins'] });
        const callbackPrefix = `${publicUrl}/api/v1/admin/oidc/callback`;

        // B names itself in the answer's `iss` parameter: refused before any token is asked for.
        const first = await startSignIn(server);
        assert.ok(first.authorizationUrl.startsWith(`${providerB.issuer}/auth?`));
        const answer = await throughProvider(first.authorizationUrl, 'eve', callbackPrefix);
        assert.equal(answer.searchParams.get('iss'), providerB.issuer);
        const issued = providerB.tokensIssued();
        assert.equal((await finishSignIn(server, answer, first.flowCookie)).location, refusedWith(server, 'failed'));
        assert.equal(providerB.tokensIssued(), issued, 'no token was asked for');

        // Without it, B's tokens are fetched, and their `iss` is refused.
        const second = await startSignIn(server);
        const stripped = await throughProvider(second.authorizationUrl, 'eve', callbackPrefix);
        stripped.searchParams.delete('iss');
        const done = await finishSignIn(server, stripped, second.flowCookie);
        assert.equal(providerB.tokensIssued(), issued + 1, 'B handed out tokens');
        assert.equal(done.location, refusedWith(server, 'failed'));
        assert.equal(done.session, null);
        assert.deepEqual(await staffList(server), []);
      } finally {
        await server.close();
        await providerB.close();
        await new Promise((resolve) => shim.close(resolve));
      }
    });

    test('without CIVIC_OIDC_ISSUER, single sign-on is off: no button, and its routes answer 404', async () => {
      const server = await startTestServer(url);
      try {
        assert.deepEqual(await (await fetch(`${server.api}/admin/auth/methods`)).json(), { password: true, oidc: null });
        const start = await fetch(`${server.api}/admin/oidc/start`, { redirect: 'manual' });
        assert.equal(start.status, 404);
        assert.equal(start.headers.get('content-type'), 'application/problem+json; charset=utf-8');
        const callback = await fetch(`${server.api}/admin/oidc/callback?state=x&code=y`, { redirect: 'manual' });
        assert.equal(callback.status, 404);
        assert.equal(start.headers.get('set-cookie'), null);
      } finally {
        await server.close();
      }
    });
  });
}

describe('Single sign-on configuration', () => {
  const base = {
    CIVIC_PUBLIC_URL: 'https://participate.city.gov',
    CIVIC_OIDC_ISSUER: 'https://login.microsoftonline.com/0b5a1ee3-7c21-4d1c-9b32-1d2a3b4c5d6e/v2.0',
    CIVIC_OIDC_CLIENT_ID: '6f1c2d3e-aaaa-bbbb-cccc-0123456789ab',
    CIVIC_OIDC_ROLE_MAP: ROLE_MAP,
  };

  test('defaults, and a full configuration', () => {
    assert.equal(loadConfig({}).oidc, null, 'off when unset');
    const oidc = loadConfig(base).oidc!;
    assert.deepEqual(
      [oidc.issuer, oidc.clientSecret, oidc.scopes, oidc.roleClaim, oidc.label, oidc.insecureHttp],
      [base.CIVIC_OIDC_ISSUER, undefined, ['openid', 'email', 'profile'], 'groups', 'Sign in with single sign-on', false],
    );
    assert.deepEqual(Object.fromEntries(oidc.roleMap), {
      'civic-admins': 'admin',
      'civic-editors': 'editor',
      'civic-moderators': 'moderator',
      'civic-analysts': 'analyst',
    });
    const full = loadConfig({
      ...base,
      CIVIC_OIDC_ISSUER: 'https://secure.login.gov/',
      CIVIC_OIDC_SCOPES: 'openid email',
      CIVIC_OIDC_ROLE_CLAIM: 'email',
      CIVIC_OIDC_ROLE_MAP: 'Ada@City.gov=admin, grace@city.gov=editor',
      CIVIC_OIDC_LABEL: 'Sign in with Login.gov',
      CIVIC_OIDC_AUTH_PARAMS: 'acr_values=urn:acr.login.gov:auth-only&prompt=select_account',
    }).oidc!;
    assert.deepEqual(
      Object.fromEntries(full.roleMap),
      { 'ada@city.gov': 'admin', 'grace@city.gov': 'editor' },
      'addresses lower-cased',
    );
    const exact = loadConfig({ ...base, CIVIC_OIDC_ROLE_MAP: 'CN=Editors=editor' }).oidc!;
    assert.deepEqual(Object.fromEntries(exact.roleMap), { 'CN=Editors': 'editor' }, 'other values kept as they are, "=" and all');
    assert.deepEqual(full.authParams, { acr_values: 'urn:acr.login.gov:auth-only', prompt: 'select_account' });
  });

  test('a wrong configuration refuses to start, saying what is wrong', () => {
    const refuses = (env: Record<string, string>, message: RegExp) =>
      assert.throws(() => loadConfig({ ...base, ...env }), message, JSON.stringify(env));
    refuses({ CIVIC_OIDC_ISSUER: 'http://sso.city.gov/realms/council' }, /CIVIC_OIDC_ISSUER must be an https:\/\/ URL/);
    refuses({ CIVIC_OIDC_ISSUER: 'sso.city.gov' }, /CIVIC_OIDC_ISSUER must be the provider's issuer URL/);
    refuses(
      { CIVIC_OIDC_ISSUER: 'https://sso.city.gov/realms/council/.well-known/openid-configuration' },
      /not its discovery document/,
    );
    refuses({ CIVIC_OIDC_CLIENT_ID: '' }, /CIVIC_OIDC_CLIENT_ID is required/);
    refuses({ CIVIC_OIDC_ROLE_MAP: '' }, /CIVIC_OIDC_ROLE_MAP is required/);
    refuses({ CIVIC_OIDC_ROLE_MAP: 'civic-admins=owner' }, /"owner" .* is not a role/);
    refuses({ CIVIC_OIDC_ROLE_MAP: 'civic-admins' }, /is not VALUE=ROLE/);
    refuses({ CIVIC_OIDC_ROLE_MAP: 'staff=admin,staff=analyst' }, /maps "staff" to both admin and analyst/);
    refuses({ CIVIC_OIDC_SCOPES: 'email profile' }, /must include "openid"/);
    refuses({ CIVIC_OIDC_ROLE_CLAIM: 'realm_access..roles' }, /CIVIC_OIDC_ROLE_CLAIM must be/);
    refuses({ CIVIC_OIDC_LABEL: 'x'.repeat(81) }, /CIVIC_OIDC_LABEL/);
    refuses({ CIVIC_OIDC_AUTH_PARAMS: 'redirect_uri=https://evil.example' }, /may not set "redirect_uri"/);
    const { CIVIC_PUBLIC_URL: _unset, ...noPublicUrl } = base;
    assert.throws(() => loadConfig(noPublicUrl), /Single sign-on needs CIVIC_PUBLIC_URL/);
    assert.throws(
      () => loadConfig({ CIVIC_OIDC_CLIENT_ID: 'x', CIVIC_OIDC_ROLE_MAP: ROLE_MAP }),
      /CIVIC_OIDC_CLIENT_ID, CIVIC_OIDC_ROLE_MAP are set but CIVIC_OIDC_ISSUER is not/,
    );
  });

  test('plain http to the provider is for tests only, and only on loopback', () => {
    const local = { ...base, CIVIC_OIDC_ISSUER: 'http://127.0.0.1:9999' };
    assert.throws(() => loadConfig(local), /must be an https:\/\/ URL/, 'not from the environment');
    assert.equal(loadConfig(local, { oidcInsecureHttp: true }).oidc?.insecureHttp, true);
    assert.throws(
      () => loadConfig({ ...base, CIVIC_OIDC_ISSUER: 'http://sso.city.gov' }, { oidcInsecureHttp: true }),
      /must be an https:\/\/ URL/,
      'never to another host',
    );
    assert.equal(loadConfig(base, { oidcInsecureHttp: true }).oidc?.insecureHttp, false, 'nothing to allow for https');
  });
});
