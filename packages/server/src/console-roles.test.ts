import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type Role, ROLES, can } from './auth/roles.js';
import type { AdminRoute } from './http/admin-api.js';
import { allAdminRoutes } from './http/admin-table.js';
import { ADMIN_TOKEN, type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * The role × route matrix: every console and admin route, called as each role,
 * anonymously, with an expired and with a revoked session, without the CSRF
 * token and from a foreign origin. Each call is either allowed (it gets past
 * authentication and authorisation: any answer but 401/403) or refused with
 * 401/403 — and the matrix as a whole changes nothing: requests that are
 * allowed aim at things that do not exist or carry empty bodies.
 */

const PASSWORD = 'a long enough passphrase';
const SAFE = new Set(['GET', 'HEAD']);
/** Audit entries of signing in and out, which the matrix itself causes. */
const SESSION_ACTIONS = new Set(['staff.sign-in', 'staff.sign-out', 'staff.sign-out-everywhere']);
/** Routes that end the session they are called with. */
const ENDS_SESSION = new Set(['signOut', 'signOutEverywhere']);

interface Session {
  cookie: string;
  csrf: string;
}

/** A URL for the route, its parameters naming things that do not exist (or a fixed kind). */
function urlOf(route: AdminRoute): string {
  const path = route.url.replace(/:(\w+)/g, (_m, name: string) => {
    if (name === 'kind') return 'votes';
    if (/^(poll|thread|petition|service)Id$/.test(name)) return 'no-such-resource';
    return '999999';
  });
  return `/api/v1/admin${path}${route.method === 'DELETE' && route.url === '/sites' ? '?origin=https%3A%2F%2Fnever.example' : ''}`;
}

/** Every table's rows but the ones a session's own use touches. */
async function snapshot(server: TestServer): Promise<string> {
  const tables = [
    'polls',
    'poll_tallies',
    'ballots',
    'threads',
    'comments',
    'reports',
    'petitions',
    'signatures',
    'services',
    'ratings',
    'staff',
    'staff_tokens',
    'staff_links',
    'sites',
    'blocks',
    'audit_log',
  ] as const;
  const rows: Record<string, unknown[]> = {};
  // Sorted here: PostgreSQL returns updated rows in another order than before.
  for (const table of tables)
    rows[table] = (await server.ctx.db.selectFrom(table).selectAll().execute()).sort((a, b) =>
      JSON.stringify(a) < JSON.stringify(b) ? -1 : 1,
    );
  for (const s of rows['staff'] as { last_sign_in_ms?: unknown }[]) delete s.last_sign_in_ms;
  for (const t of rows['staff_tokens'] as { last_used_ms?: unknown }[]) delete t.last_used_ms;
  // Signing in again after a route that signs out is the test's own doing, not the route's.
  rows['audit_log'] = (rows['audit_log'] as { action: string }[]).filter((e) => !SESSION_ACTIONS.has(e.action));
  return JSON.stringify(rows);
}

for (const { name, url } of testDatabaseUrls()) {
  describe(`Role × route matrix on ${name}`, () => {
    let server: TestServer;
    const sessions = new Map<Role, Session>();
    const emails = new Map<Role, string>();

    const call = (route: AdminRoute, headers: Record<string, string>) =>
      fetch(`${server.base}${urlOf(route)}`, {
        method: route.method,
        headers: { ...(SAFE.has(route.method) ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(SAFE.has(route.method) ? {} : { body: '{}' }),
      });

    async function signIn(role: Role): Promise<Session> {
      const res = await fetch(`${server.api}/admin/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: emails.get(role), password: PASSWORD }),
      });
      assert.equal(res.status, 200);
      return {
        cookie: res.headers.get('set-cookie')!.split(';')[0]!,
        csrf: ((await res.json()) as { csrfToken: string }).csrfToken,
      };
    }
    const asSession = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf, origin: server.config.publicUrl });

    before(async () => {
      server = await startTestServer(url, conformanceFixture());
      server.config.publicUrl = server.base;
      for (const role of ROLES) {
        const email = `${role}@matrix.example`;
        const invited = await fetch(`${server.api}/admin/staff`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ email, role }),
        });
        const { setupLink } = (await invited.json()) as { setupLink: string };
        await fetch(`${server.api}/admin/setup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token: setupLink.split('#setup=')[1], password: PASSWORD }),
        });
        emails.set(role, email);
        sessions.set(role, await signIn(role));
      }
    });
    after(() => server.close());

    test('each role may do what its permissions say, and nothing else; the matrix changes nothing', async () => {
      const before = await snapshot(server);
      const failures: string[] = [];
      for (const route of allAdminRoutes.filter((r) => r.permission !== 'public')) {
        for (const role of ROLES) {
          const res = await call(route, asSession(sessions.get(role)!));
          // Signing out (everywhere) ended this role's session: the next route gets a new one.
          if (ENDS_SESSION.has(route.operationId)) sessions.set(role, await signIn(role));
          const allowed = can(role, route.permission);
          const ok = allowed ? res.status !== 401 && res.status !== 403 : res.status === 403;
          if (!ok)
            failures.push(`${role} ${route.method} ${route.url}: ${res.status} (${allowed ? 'allowed' : 'refused'} expected)`);
        }
      }
      assert.deepEqual(failures, []);
      assert.equal(await snapshot(server), before, 'nothing changed');
    });

    test('every change to content, archiving included, needs content.write', () => {
      const missing: string[] = [];
      for (const noun of ['Poll', 'Thread', 'Petition', 'Service'])
        for (const verb of ['Create', 'Update', 'Open', 'Close', 'Archive', 'Unarchive']) {
          const route = allAdminRoutes.find((r) => r.operationId === `admin${verb}${noun}`);
          if (route?.permission !== 'content.write') missing.push(`admin${verb}${noun}: ${route?.permission ?? 'no route'}`);
        }
      assert.deepEqual(missing, []);
    });

    test('anonymous, expired, revoked, CSRF-less and foreign-origin requests are refused and change nothing', async () => {
      const before = await snapshot(server);
      const expired = await signIn('admin');
      const realNow = server.ctx.now;
      const revoked = await signIn('admin');
      await fetch(`${server.api}/admin/session`, { method: 'DELETE', headers: asSession(revoked) });
      const fresh = sessions.get('admin')!;
      let guesses = 0;
      const failures: string[] = [];
      try {
        for (const route of allAdminRoutes.filter((r) => r.permission !== 'public')) {
          const cases: [string, Record<string, string>, number][] = [
            ['anonymous', {}, 401],
            ['revoked session', asSession(revoked), 401],
            // From a network of its own each time: ten failures from one network are throttled (429).
            [
              'wrong bearer token',
              { authorization: 'Bearer civic_pat_not-a-real-token', 'x-forwarded-for': `198.18.${++guesses}.1` },
              401,
            ],
          ];
          if (!SAFE.has(route.method)) {
            cases.push(
              ['no CSRF token', { cookie: fresh.cookie, origin: server.config.publicUrl }, 403],
              ['foreign origin', { ...asSession(fresh), origin: 'https://evil.example' }, 403],
              ['cross-site fetch', { ...asSession(fresh), 'sec-fetch-site': 'cross-site' }, 403],
            );
          }
          for (const [label, headers, status] of cases) {
            const res = await call(route, headers);
            if (res.status !== status) failures.push(`${label} ${route.method} ${route.url}: ${res.status}, expected ${status}`);
          }
          // Past the session's lifetime (the clock moves for this request only).
          server.ctx.now = () => new Date(Date.now() + server.config.session.maxMs + 1_000);
          const res = await call(route, asSession(expired));
          server.ctx.now = realNow;
          if (res.status !== 401) failures.push(`expired session ${route.method} ${route.url}: ${res.status}, expected 401`);
        }
      } finally {
        server.ctx.now = realNow;
      }
      assert.deepEqual(failures, []);
      assert.equal(await snapshot(server), before, 'nothing changed');
    });
  });
}
