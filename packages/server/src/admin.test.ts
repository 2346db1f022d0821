import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { ADMIN_TOKEN, type TestServer, participant, startTestServer, testDatabaseUrls } from './test-support/server.js';

const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}` };
const ADMIN_JSON = { ...ADMIN, 'content-type': 'application/json' };

for (const { name, url } of testDatabaseUrls()) {
  describe(`Admin API and mail on ${name}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(url, conformanceFixture(), { CIVIC_ALLOWED_ORIGINS: 'https://city.example' });
    });
    after(() => server.close());
    const admin = (path: string, init: RequestInit = {}) =>
      fetch(`${server.api}/admin${path}`, {
        ...init,
        headers: { ...(init.body === undefined ? ADMIN : ADMIN_JSON), ...init.headers },
      });

    test('creates, updates, opens and closes every kind of resource', async () => {
      const created = await admin('/polls', {
        method: 'POST',
        body: JSON.stringify({
          id: 'new-poll',
          question: 'New?',
          options: [
            { id: 'y', label: 'Yes' },
            { id: 'n', label: 'No' },
          ],
          status: 'draft',
        }),
      });
      assert.equal(created.status, 201);
      const citizen = participant(server, 'admin-citizen');
      await assert.rejects(citizen.getPoll('new-poll'), { code: 'not-found' }, 'drafts are not public');
      assert.equal((await admin('/polls/new-poll/open', { method: 'POST', headers: ADMIN })).status, 200);
      assert.equal((await citizen.getPoll('new-poll')).poll.status, 'open');
      const updated = await admin('/polls/new-poll', {
        method: 'PUT',
        body: JSON.stringify({
          question: 'Renamed?',
          options: [
            { id: 'y', label: 'Yes' },
            { id: 'n', label: 'No' },
          ],
          resultsVisibility: 'always',
        }),
      });
      assert.equal(updated.status, 200);
      await citizen.vote('new-poll', { choices: ['y'] });
      const locked = await admin('/polls/new-poll', {
        method: 'PUT',
        body: JSON.stringify({
          question: 'Q',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        }),
      });
      assert.equal(locked.status, 422, 'options are locked once voting started');
      await admin('/polls/new-poll/close', { method: 'POST', headers: ADMIN });
      await assert.rejects(citizen.vote('new-poll', { choices: ['n'] }), { code: 'closed' });
      const duplicate = await admin('/polls', {
        method: 'POST',
        body: JSON.stringify({
          id: 'new-poll',
          question: 'Again',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        }),
      });
      assert.equal(duplicate.status, 409);

      for (const [kind, body] of [
        ['threads', { id: 'new-thread', title: 'T' }],
        ['petitions', { id: 'new-petition', title: 'P', goal: 10 }],
        ['services', { id: 'new-service', name: 'S', question: 'Q?' }],
      ] as const) {
        assert.equal((await admin(`/${kind}`, { method: 'POST', body: JSON.stringify(body) })).status, 201, kind);
        assert.equal((await admin(`/${kind}/${body.id}/close`, { method: 'POST', headers: ADMIN })).status, 200, kind);
        const list = (await (await admin(`/${kind}`, { headers: ADMIN })).json()) as { id: string; status: string }[];
        assert.equal(list.find((r) => r.id === body.id)?.status, 'closed', kind);
      }
    });

    test('a taken id is 409 already-done, with the id field named, for every kind', async () => {
      for (const [kind, body] of [
        [
          'polls',
          {
            id: 'taken-poll',
            question: 'Q?',
            options: [
              { id: 'a', label: 'A' },
              { id: 'b', label: 'B' },
            ],
          },
        ],
        ['threads', { id: 'taken-thread', title: 'T' }],
        ['petitions', { id: 'taken-petition', title: 'P', goal: 10 }],
        ['services', { id: 'taken-service', name: 'S', question: 'Q?' }],
      ] as const) {
        assert.equal((await admin(`/${kind}`, { method: 'POST', body: JSON.stringify(body) })).status, 201, kind);
        const again = await admin(`/${kind}`, { method: 'POST', body: JSON.stringify(body) });
        assert.equal(again.status, 409, kind);
        const problem = (await again.json()) as { code: string; errors?: unknown };
        assert.equal(problem.code, 'already-done', kind);
        assert.deepEqual(problem.errors, [{ path: 'id', message: 'Taken' }], kind);
      }
    });

    test('moderation queue: pending comments are approved, reported ones hidden or removed', async () => {
      const author = participant(server, 'mod-author');
      const pending = await author.postComment('pre', { body: 'Please review me' });
      const queue = (await (await admin('/moderation?kind=pending', { headers: ADMIN })).json()) as {
        id: string;
        body: string;
      }[];
      assert.ok(queue.some((c) => c.id === pending.id && c.body === 'Please review me'));
      await admin(`/comments/${pending.id}/approve`, { method: 'POST', body: JSON.stringify({ reason: 'On topic' }) });
      const reader = participant(server, 'mod-reader');
      assert.ok(
        (await reader.listComments('pre')).items.some((c) => c.id === pending.id),
        'approved comments are public',
      );
      assert.equal((await reader.getThread('pre')).commentCount, 1);

      const rude = await author.postComment('post', { body: 'Rude words' });
      await participant(server, 'r1').reportComment('post', rude.id, { reason: 'abuse' });
      const reported = (await (await admin('/moderation?kind=reported', { headers: ADMIN })).json()) as {
        id: string;
        reports: { reason: string }[];
      }[];
      assert.deepEqual(reported.find((c) => c.id === rude.id)?.reports, [{ reason: 'abuse', note: null }]);
      const removed = await admin(`/comments/${rude.id}/remove`, { method: 'POST', body: JSON.stringify({ reason: 'Abusive' }) });
      assert.deepEqual(await removed.json(), { id: rude.id, status: 'removed' });
      assert.ok(!(await reader.listComments('post')).items.some((c) => c.id === rude.id), 'removed comments are gone');
    });

    test('signing e-mails a confirmation link; the page confirms once and links back only to allowed origins', async () => {
      const citizen = participant(server, 'signer');
      await citizen.signPetition('plain', {
        name: 'Ada',
        email: 'ada@example.org',
        consent: true,
        sourceUrl: 'https://city.example/petitions?x=1',
      });
      const outbox = (await (await admin('/outbox', { headers: ADMIN })).json()) as {
        to: string;
        text: string;
        subject: string;
      }[];
      // The admin view shows that a link was sent, never the link (nor the whole address).
      const mail = outbox.find((m) => m.to === 'a***@example.org');
      assert.ok(mail && mail.text.includes('[link]') && !/\/confirm\//.test(mail.text), 'a plain-text mail, link hidden');
      const token = await server.lastConfirmToken('ada@example.org');
      const confirm = () => fetch(`${server.api}/confirm/${token}`, { method: 'POST' });
      const page = await confirm();
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const html = await page.text();
      assert.match(html, /<h1>Signature confirmed<\/h1>/);
      assert.match(html, /href="https:\/\/city.example\/petitions"/, 'back to the page, without its query');
      assert.equal((await citizen.getPetition('plain')).petition.signatureCount, 1);
      const again = await (await confirm()).text();
      assert.match(again, /already confirmed/);
      assert.equal((await citizen.getPetition('plain')).petition.signatureCount, 1, 'confirming twice counts once');

      await citizen.signPetition('plain', {
        name: '<b>Mallory</b>',
        email: 'm@example.org',
        consent: true,
        sourceUrl: 'https://evil.example/phish',
      });
      const evil = await (
        await fetch(`${server.api}/confirm/${await server.lastConfirmToken('m@example.org')}`, { method: 'POST' })
      ).text();
      assert.doesNotMatch(evil, /evil\.example/, 'no link back to an origin that is not allowed');
      const unknown = await fetch(`${server.api}/confirm/not-a-real-token-000000`);
      assert.equal(unknown.status, 404);
    });

    test('signing again sends the same link, which stays valid', async () => {
      const citizen = participant(server, 'twice');
      const input = { name: 'Twice', email: 'twice@example.org', consent: true as const };
      await citizen.signPetition('plain', input);
      // Past the interval between two mails to one mailbox (CIVIC_MAIL_INTERVAL_MINUTES).
      const realNow = server.ctx.now;
      server.ctx.now = () => new Date(Date.now() + 11 * 60_000);
      try {
        await citizen.signPetition('plain', input);
      } finally {
        server.ctx.now = realNow;
      }
      const mails = await server.ctx.db.selectFrom('outbox').select('link').where('to_addr', '=', 'twice@example.org').execute();
      const links = mails.map((m) => m.link);
      assert.equal(links.length, 2);
      assert.equal(links[0], links[1]);
      assert.equal((await fetch(`${links[0]!.replace(/^.*\/api\/v1/, server.api)}`, { method: 'POST' })).status, 200);
    });

    test('official response is published on the petition', async () => {
      const res = await admin('/petitions/open/response', {
        method: 'POST',
        body: JSON.stringify({ body: 'The council agrees.', final: true }),
      });
      assert.equal(res.status, 200);
      const view = await participant(server, 'reader').getPetition('open');
      assert.equal(view.petition.response?.body, 'The council agrees.');
      assert.equal(view.petition.status, 'responded');
    });

    test('exports as JSON and CSV, without e-mail addresses unless asked', async () => {
      await participant(server, 'exporter').rate('stars', { score: 4, pageUrl: 'https://city.example/a?secret=1' });
      const signatures = (await (await admin('/export/signatures', { headers: ADMIN })).json()) as Record<string, unknown>[];
      assert.ok(signatures.length > 0);
      assert.ok(
        signatures.every((s) => !('email' in s)),
        'no e-mail by default',
      );
      const withEmail = (await (await admin('/export/signatures?includeEmail=true', { headers: ADMIN })).json()) as {
        email?: string;
      }[];
      assert.ok(withEmail.some((s) => s.email === 'ada@example.org'));
      const csv = await admin('/export/ratings?format=csv', { headers: ADMIN });
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      const text = await csv.text();
      assert.match(text, /^serviceId,score,reasons,comment,pageUrl,ratedAt,changedAt\r\n/);
      // Text cells are quoted (a `;` in them never splits them in any locale); numbers and empty cells are bare.
      assert.match(text, /"stars",4,,,"https:\/\/city.example\/a",/);
      for (const kind of ['votes', 'comments'])
        assert.equal((await admin(`/export/${kind}?format=csv`, { headers: ADMIN })).status, 200, kind);
    });
  });
}

describe('Admin API without CIVIC_ADMIN_TOKEN', () => {
  test('refuses any bearer token: only staff sessions and personal tokens work', async () => {
    const { createServer } = await import('./server.js');
    const server = await createServer(
      { databaseUrl: 'sqlite::memory:', port: 0, logLevel: 'silent', seedOnFirstStart: false, adminToken: undefined },
      {},
    );
    const base = await server.listen();
    try {
      const res = await fetch(`${base}/api/v1/admin/polls`, { headers: { authorization: 'Bearer anything' } });
      assert.equal(res.status, 401);
      assert.match(((await res.json()) as { detail: string }).detail, /Sign in|API token/);
    } finally {
      await server.close();
    }
  });
});
