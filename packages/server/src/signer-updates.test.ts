/*
 * Updates for petition signers: the opt-in on the confirmation page, mails
 * for a milestone, the response and closing through the job queue and a real
 * SMTP server, one-click unsubscribe (RFC 8058), the sending rate, a corrected
 * response superseding the first, and the sending hours.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextSendingTime } from './domain/signer-updates.js';
import { bodyOf, header, smtpServer, until } from './test-support/mail.js';
import { ADMIN_TOKEN, type TestServer, signAs, startTestServer, testDatabaseUrls } from './test-support/server.js';

test('sending hours: now when inside them, else their next start (also across midnight)', () => {
  const at = (iso: string) => Date.parse(iso);
  assert.equal(nextSendingTime(at('2026-12-01T10:00:00Z'), null), at('2026-12-01T10:00:00Z'));
  assert.equal(nextSendingTime(at('2026-12-01T23:30:00Z'), { from: 22, to: 6 }), at('2026-12-01T23:30:00Z'));
  assert.equal(nextSendingTime(at('2026-12-01T03:00:00Z'), { from: 22, to: 6 }), at('2026-12-01T03:00:00Z'));
  assert.equal(nextSendingTime(at('2026-12-01T10:00:00Z'), { from: 22, to: 6 }), at('2026-12-01T22:00:00Z'));
  assert.equal(nextSendingTime(at('2026-12-01T18:00:00Z'), { from: 9, to: 17 }), at('2026-12-02T09:00:00Z'));
});

for (const { name, url } of testDatabaseUrls()) {
  describe(`Signer updates on ${name}`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof smtpServer>>;
    before(async () => {
      smtp = await smtpServer();
      server = await startTestServer(
        url,
        {
          petitions: [
            { id: 'park', title: 'Save the park', goal: 100, milestones: [{ count: 2, label: 'Two' }] },
            { id: 'slow', title: 'One a minute', goal: 100 },
          ],
        },
        { CIVIC_SMTP_URL: smtp.url, CIVIC_JOB_POLL_SECONDS: '0.1', CIVIC_UPDATES_PER_MINUTE: '1' },
      );
    });
    after(async () => {
      await server.close();
      await smtp.close();
    });

    const admin = (method: string, path: string, body?: unknown) =>
      fetch(`${server.api}/admin${path}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const mailsTo = (to: string, subject: RegExp) =>
      smtp.received.filter((m) => m.to === to && subject.test(header(m.raw, 'Subject') ?? ''));

    /** Signs and confirms through the page's form, ticking the updates box or not. */
    async function signer(petition: string, who: string, updates: boolean): Promise<string> {
      const email = `${who}@example.org`;
      assert.equal((await signAs(server, petition, who, { name: who, email })).status, 202);
      const token = await server.lastConfirmToken(email);
      const page = await (await fetch(`${server.api}/confirm/${token}`)).text();
      assert.match(page, /<input type="checkbox" id="c-updates" name="updates" value="1">/, 'offered, not ticked');
      const confirmed = await fetch(`${server.api}/confirm/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: updates ? 'updates=1' : '',
      });
      assert.equal(confirmed.status, 200);
      return email;
    }

    test('opted-in signers get the milestone, the response and the closing, each with a one-click unsubscribe that works', async () => {
      const ada = await signer('park', 'ada', true);
      const bob = await signer('park', 'bob', false);
      // The second confirmation reaches the milestone of 2.
      await until(() => mailsTo(ada, /^2 signatures: Save the park$/).length === 1, 'the milestone mail');
      const milestone = mailsTo(ada, /signatures/)[0]!.raw;
      const link = header(milestone, 'List-Unsubscribe')?.replace(/^<|>$/g, '') ?? '';
      assert.match(link, /\/api\/v1\/updates\/\d+\.[A-Za-z0-9_-]{16,}$/);
      assert.equal(header(milestone, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      assert.ok(bodyOf(milestone).includes(link), 'the link is in the text too');
      // The link names the server's public URL; the test server listens on a port of its own.
      const stop = `${server.base}${new URL(link).pathname}`;
      assert.equal(mailsTo(bob, /./).filter((m) => !/Confirm/.test(header(m.raw, 'Subject') ?? '')).length, 0, 'not asked: none');

      assert.equal((await admin('POST', '/petitions/park/response', { body: 'We will keep the park.' })).status, 200);
      await until(() => mailsTo(ada, /^Response to the petition: Save the park$/).length === 1, 'the response mail');
      assert.match(bodyOf(mailsTo(ada, /^Response/)[0]!.raw), /We will keep the park\./);

      // A forged reference stops nothing; the real one, posted as a mail provider does (RFC 8058), stops the mails.
      const forged = stop.replace(/\.[A-Za-z0-9_-]+$/, '.AAAAAAAAAAAAAAAAAAAAAA');
      const form = { 'content-type': 'application/x-www-form-urlencoded' };
      assert.equal((await fetch(forged, { method: 'POST', headers: form, body: 'List-Unsubscribe=One-Click' })).status, 404);
      const page = await fetch(stop);
      assert.match(await page.text(), /Stop the e-mails/, 'opening the link only shows a button');
      // As a provider may send it: multipart, from another origin.
      const oneClickBody = new FormData();
      oneClickBody.set('List-Unsubscribe', 'One-Click');
      const oneClick = await fetch(stop, { method: 'POST', headers: { origin: 'https://mail.example' }, body: oneClickBody });
      assert.equal(oneClick.status, 200);
      assert.match(await oneClick.text(), /E-mails stopped/);

      assert.equal((await admin('POST', '/petitions/park/close')).status, 200);
      const mailings = (await (await admin('GET', '/petitions/park/mailings')).json()) as {
        kind: string;
        state: string;
        queued: number;
      }[];
      await until(async () => {
        const list = (await (await admin('GET', '/petitions/park/mailings')).json()) as { kind: string; state: string }[];
        return list.some((m) => m.kind === 'closed' && m.state === 'done');
      }, 'the closing mailing');
      assert.equal(mailsTo(ada, /^Petition closed/).length, 0, 'unsubscribed: no closing mail');
      assert.ok(mailings.some((m) => m.kind === 'milestone' && m.queued === 1));
    });

    test('a mailing goes out at the configured rate; a corrected response supersedes the first for signers not yet written to', async () => {
      const first = await signer('slow', 'cat', true);
      const second = await signer('slow', 'dan', true);
      assert.equal((await admin('POST', '/petitions/slow/response', { body: 'First answer.' })).status, 200);
      // One a minute: the first signer now, the second a minute later.
      await until(() => mailsTo(first, /^Response/).length === 1, 'the first response to the first signer');
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(mailsTo(second, /^Response/).length, 0, 'the second waits for the next minute');
      assert.equal((await admin('POST', '/petitions/slow/response', { body: 'Corrected answer.' })).status, 200);
      await until(() => mailsTo(first, /^Response/).length === 2, 'the corrected response');
      assert.match(bodyOf(mailsTo(first, /^Response/)[1]!.raw), /Corrected answer\./);
      const list = (await (await admin('GET', '/petitions/slow/mailings')).json()) as {
        kind: string;
        state: string;
        queued: number;
        sent: number;
      }[];
      assert.deepEqual(
        list.map((m) => [m.kind, m.state, m.queued]),
        [
          ['response', 'sending', 1],
          ['response', 'superseded', 1],
        ],
        'newest first: the corrected one sending, the first stopped after one signer',
      );
      await until(async () => {
        const now = (await (await admin('GET', '/petitions/slow/mailings')).json()) as { sent: number }[];
        return now[0]!.sent === 1;
      }, 'the progress to count the sent mail');
    });
  });
}
