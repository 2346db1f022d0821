import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { SIGN_IN_LIMITS } from './domain/staff.js';
import { ADMIN_TOKEN, type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Staff sign in to the console: accounts from the CLI and invitations,
 * sessions with their limits, CSRF, throttling, personal tokens, roles and
 * the audit log — through the real HTTP API.
 */

const PASSWORD = 'a long enough passphrase';

/** A console user agent: keeps the session cookie and CSRF token like the console's pages do. */
class Browser {
  cookie = '';
  csrf = '';
  constructor(
    private readonly server: TestServer,
    private readonly network = '203.0.113.7',
  ) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(`${this.server.api}/admin${path}`, {
      method,
      headers: {
        'x-forwarded-for': this.network,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf, origin: this.server.config.publicUrl } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const set = res.headers.get('set-cookie');
    if (set?.startsWith('civic_console=')) this.cookie = set.split(';')[0]!;
    return res;
  }

  async signIn(email: string, password = PASSWORD): Promise<Response> {
    const res = await this.call('POST', '/session', { email, password });
    if (res.ok) this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }
}

const admin = (server: TestServer, method: string, path: string, body?: unknown) =>
  fetch(`${server.api}/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

/** Invites through the break-glass token and sets the password through the one-time link. */
async function staffMember(server: TestServer, email: string, role: string): Promise<number> {
  const invited = (await (await admin(server, 'POST', '/staff', { email, role })).json()) as {
    staff: { id: number };
    setupLink: string;
  };
  const token = invited.setupLink.split('#setup=')[1];
  const set = await admin(server, 'POST', '/setup', { token, password: PASSWORD });
  assert.equal(set.status, 200);
  return invited.staff.id;
}

for (const { name, url } of testDatabaseUrls()) {
  describe(`Console sign-in on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(url, conformanceFixture());
    });
    after(() => server.close());

    test('an invited editor sets a password once, signs in, and gets a strict, scoped, HttpOnly cookie', async () => {
      const invited = (await (await admin(server, 'POST', '/staff', { email: 'Ed@Council.example', role: 'editor' })).json()) as {
        staff: { email: string; status: string };
        setupLink: string;
      };
      assert.deepEqual([invited.staff.email, invited.staff.status], ['ed@council.example', 'invited']);
      assert.match(invited.setupLink, /^http:\/\/.+\/admin\/#setup=[A-Za-z0-9_-]{40,}$/);
      const token = invited.setupLink.split('#setup=')[1];
      assert.equal((await admin(server, 'POST', '/setup', { token, password: 'short' })).status, 422, 'too short');
      assert.equal((await admin(server, 'POST', '/setup', { token, password: PASSWORD })).status, 200);
      assert.equal((await admin(server, 'POST', '/setup', { token, password: PASSWORD })).status, 404, 'the link works once');

      const browser = new Browser(server);
      const res = await browser.signIn('ED@council.example');
      assert.equal(res.status, 200);
      const cookie = res.headers.get('set-cookie') ?? '';
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /SameSite=Strict/i);
      assert.match(cookie, /Path=\/api\/v1\/admin/);
      assert.doesNotMatch(cookie, /Secure/i, 'not Secure over plain http');
      const me = (await (await browser.call('GET', '/session')).json()) as { staff: { role: string } };
      assert.equal(me.staff.role, 'editor');
      // The cookie value is not what the database keeps.
      const stored = await server.ctx.db.selectFrom('staff_sessions').select('id').execute();
      assert.ok(stored.every((s) => !browser.cookie.includes(s.id)));
    });

    test('changes need the CSRF token and the console origin; without them nothing changes', async () => {
      await staffMember(server, 'csrf@council.example', 'editor');
      const browser = new Browser(server);
      await browser.signIn('csrf@council.example');
      const poll = {
        id: 'csrf-poll',
        question: 'Q?',
        options: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      };
      const noToken = await browser.call('POST', '/polls', poll, { 'x-csrf-token': '' });
      assert.equal(noToken.status, 403);
      const foreign = await browser.call('POST', '/polls', poll, { origin: 'https://evil.example' });
      assert.equal(foreign.status, 403);
      const crossSite = await browser.call('POST', '/polls', poll, { 'sec-fetch-site': 'cross-site' });
      assert.equal(crossSite.status, 403);
      assert.equal((await admin(server, 'GET', '/polls/csrf-poll')).status, 404, 'nothing was created');
      assert.equal((await browser.call('POST', '/polls', poll)).status, 201);
    });

    test('sessions end after the idle timeout, after their lifetime, and everywhere on request', async () => {
      await staffMember(server, 'clock@council.example', 'analyst');
      const realNow = server.ctx.now;
      let offset = 0;
      server.ctx.now = () => new Date(Date.now() + offset);
      try {
        const idle = new Browser(server);
        await idle.signIn('clock@council.example');
        offset = server.config.session.idleMs - 60_000;
        assert.equal((await idle.call('GET', '/session')).status, 200, 'used just before the idle timeout');
        offset += server.config.session.idleMs - 1_000;
        assert.equal((await idle.call('GET', '/session')).status, 200, 'each use moves the idle timeout');
        offset += server.config.session.idleMs + 1_000;
        assert.equal((await idle.call('GET', '/session')).status, 401, 'idle too long');

        offset = 0;
        const busy = new Browser(server);
        await busy.signIn('clock@council.example');
        for (let at = 0; at < server.config.session.maxMs; at += server.config.session.idleMs / 2) {
          offset = at;
          assert.equal((await busy.call('GET', '/session')).status, 200);
        }
        offset = server.config.session.maxMs + 1;
        assert.equal((await busy.call('GET', '/session')).status, 401, 'past its lifetime, however busy');

        offset = 0;
        const [a, b] = [new Browser(server), new Browser(server)];
        await a.signIn('clock@council.example');
        await b.signIn('clock@council.example');
        assert.equal((await a.call('POST', '/session/everywhere')).status, 200);
        assert.equal((await b.call('GET', '/session')).status, 401, 'the other session ended too');
      } finally {
        server.ctx.now = realNow;
      }
    });

    test('failed sign-ins are throttled per account and per network; the answer never says whether the account exists', async () => {
      await staffMember(server, 'target@council.example', 'moderator');
      const attacker = new Browser(server, '198.51.100.66');
      const unknown = await attacker.signIn('nobody@council.example', 'wrong password 1');
      const wrong = await attacker.signIn('target@council.example', 'wrong password 1');
      assert.deepEqual([unknown.status, wrong.status], [401, 401]);
      assert.equal(
        ((await unknown.json()) as { detail: string }).detail,
        ((await wrong.json()) as { detail: string }).detail,
        'same answer for unknown accounts',
      );
      for (let i = 1; i < SIGN_IN_LIMITS.perAccount; i++) await attacker.signIn('target@council.example', `wrong ${i}`);
      const locked = await new Browser(server, '192.0.2.80').signIn('target@council.example');
      assert.equal(locked.status, 429, 'the right password from elsewhere is refused while the account is locked');
      assert.ok(Number(locked.headers.get('retry-after')) > 0);
      // The network is limited across accounts too.
      for (let i = 0; i < SIGN_IN_LIMITS.perNetwork; i++) await attacker.signIn(`guess-${i}@council.example`, 'wrong');
      await staffMember(server, 'bystander@council.example', 'analyst');
      assert.equal((await attacker.signIn('bystander@council.example')).status, 429, 'the guessing network is refused');
      assert.equal((await new Browser(server, '192.0.2.81').signIn('bystander@council.example')).status, 200);
    });

    test('disabling a member ends their sessions and revokes their tokens; roles limit what a session may do', async () => {
      const id = await staffMember(server, 'leaver@council.example', 'moderator');
      const browser = new Browser(server);
      await browser.signIn('leaver@council.example');
      const created = (await (await browser.call('POST', '/tokens', { name: 'Script' })).json()) as { token: string };
      assert.match(created.token, /^civic_pat_/);
      const viaToken = () => fetch(`${server.api}/admin/moderation`, { headers: { authorization: `Bearer ${created.token}` } });
      assert.equal((await viaToken()).status, 200, 'a moderator token reads the queue');
      const asModerator = await fetch(`${server.api}/admin/polls`, {
        method: 'POST',
        headers: { authorization: `Bearer ${created.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          id: 'mod-poll',
          question: 'Q?',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        }),
      });
      assert.equal(asModerator.status, 403, 'a moderator cannot create content');
      const tokens = (await (await browser.call('GET', '/tokens')).json()) as { lastUsedAt: string | null }[];
      assert.ok(tokens[0]?.lastUsedAt, 'last use is shown');

      assert.equal((await admin(server, 'PATCH', `/staff/${id}`, { status: 'disabled' })).status, 200);
      assert.equal((await browser.call('GET', '/session')).status, 401, 'session ended');
      assert.equal((await viaToken()).status, 401, 'token revoked');
      assert.equal((await browser.signIn('leaver@council.example')).status, 401, 'cannot sign in again');
    });

    test('every change is in the audit log with who, role, before and after; the log cannot be changed', async () => {
      const id = await staffMember(server, 'audited@council.example', 'editor');
      const browser = new Browser(server);
      await browser.signIn('audited@council.example');
      const poll = {
        id: 'audited-poll',
        question: 'Before?',
        options: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      };
      await browser.call('POST', '/polls', poll);
      await browser.call('PUT', '/polls/audited-poll', { ...poll, id: undefined, question: 'After?' });
      const entries = (await (await admin(server, 'GET', '/audit?resourceId=audited-poll')).json()) as {
        actor: { email: string; role: string };
        action: string;
        before: { question: string } | null;
        after: { question: string };
      }[];
      assert.deepEqual(
        entries.map((e) => [e.action, e.actor.email, e.actor.role, e.before?.question ?? null, e.after.question]),
        [
          ['adminUpdatePoll', 'audited@council.example', 'editor', 'Before?', 'After?'],
          ['adminCreatePoll', 'audited@council.example', 'editor', null, 'Before?'],
        ],
      );
      const signIns = (await (await admin(server, 'GET', `/audit?action=staff.sign-in&resourceId=${id}`)).json()) as unknown[];
      assert.equal(signIns.length, 1);
      const csv = await (await admin(server, 'GET', '/audit?format=csv&resourceId=audited-poll')).text();
      assert.match(csv.split('\r\n')[0]!, /^"?id"?,"?at"?,"?actor"?/);
      // Append-only in the database itself.
      await assert.rejects(server.ctx.db.updateTable('audit_log').set({ action: 'forged' }).execute(), /append-only/);
      await assert.rejects(server.ctx.db.deleteFrom('audit_log').execute(), /append-only/);
      // Secrets shown once never reach the log.
      const created = await browser.call('POST', '/tokens', { name: 'Audited token' });
      const { token } = (await created.json()) as { token: string };
      const all = JSON.stringify(await (await admin(server, 'GET', '/audit?limit=1000')).json());
      assert.ok(!all.includes(token), 'no token in the log');
      assert.ok(!/#setup=/.test(all), 'no set-up link in the log');
    });

    test('a site added in the console may write at once; refused origins are listed', async () => {
      const vote = (origin: string, voter: string) =>
        fetch(`${server.api}/polls/multi/votes`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json', 'x-civic-voter': voter.padEnd(24, '0') },
          body: JSON.stringify({ choices: ['a'] }),
        });
      assert.equal((await vote('https://new-page.example', 'site-voter-1')).status, 403);
      const refused = (await (await admin(server, 'GET', '/sites/refused')).json()) as { origin: string; count: number }[];
      assert.deepEqual(refused.find((r) => r.origin === 'https://new-page.example')?.count, 1);
      assert.equal((await admin(server, 'POST', '/sites', { origin: 'https://new-page.example/consultation' })).status, 201);
      assert.equal((await vote('https://new-page.example', 'site-voter-2')).status, 200, 'effective without a restart');
      assert.equal(
        (await admin(server, 'DELETE', `/sites?origin=${encodeURIComponent('https://new-page.example')}`)).status,
        204,
      );
      assert.equal((await vote('https://new-page.example', 'site-voter-3')).status, 403);
    });
  });
}

describe('civic-widgets-server staff add', () => {
  test('creates the first admin and prints a one-time link that sets a password', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-staff-'));
    try {
      const env = {
        ...process.env,
        CIVIC_DATABASE_URL: `sqlite:${join(dir, 'civic.db')}`,
        CIVIC_LOG_LEVEL: 'silent',
        CIVIC_SEED: 'false',
        CIVIC_PUBLIC_URL: 'https://participate.example.gov',
      };
      const cli = new URL('./cli.ts', import.meta.url).pathname;
      const run = (args: string[]) =>
        promisify(execFile)(process.execPath, ['--conditions=civic-source', '--import', 'tsx', cli, ...args], { env });
      const { stdout } = await run(['staff', 'add', '--role', 'admin', 'First@Council.example']);
      const link = /https:\/\/participate\.example\.gov\/admin\/#setup=([A-Za-z0-9_-]+)/.exec(stdout);
      assert.ok(link, stdout);
      await assert.rejects(run(['staff', 'add', '--role', 'admin', 'first@council.example']), /already a staff member/);
      await assert.rejects(run(['staff', 'add', '--role', 'owner', 'second@council.example']), /Choose a role/);
      const server = await startTestServer(`sqlite:${join(dir, 'civic.db')}`);
      try {
        assert.equal((await admin(server, 'POST', '/setup', { token: link[1], password: PASSWORD })).status, 200);
        const browser = new Browser(server);
        assert.equal((await browser.signIn('first@council.example')).status, 200);
        assert.equal((await browser.call('GET', '/staff')).status, 200, 'an admin manages staff');
        const audit = (await (await admin(server, 'GET', '/audit?action=staff.invite')).json()) as { actor: { kind: string } }[];
        assert.equal(audit[0]?.actor.kind, 'cli');
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
