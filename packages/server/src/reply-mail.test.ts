/*
 * E-mails about replies, through the job queue and a real SMTP server:
 * double opt-in (nothing but the confirmation reaches an address until it is
 * confirmed, so strangers cannot be mailed), at most one digest an hour per
 * thread, replies by the author and unpublished ones left out, one-click
 * unsubscribe (RFC 8058) per thread and for all, and the address's lifecycle:
 * retention, erasure, the participant's download.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from './config.js';
import { DIGEST_INTERVAL_MS, forgetReplySubscriptions } from './domain/reply-mail.js';
import { bodyOf, header, smtpServer, until } from './test-support/mail.js';
import { ADMIN_TOKEN, type TestServer, networkOf, startTestServer, testDatabaseUrls } from './test-support/server.js';

for (const { name, url } of testDatabaseUrls()) {
  describe(`E-mails about replies on ${name}`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof smtpServer>>;
    before(async () => {
      smtp = await smtpServer();
      server = await startTestServer(
        url,
        {
          threads: [
            { id: 'park', title: 'The new park' },
            { id: 'bins', title: 'Bin collection' },
            { id: 'roads', title: 'Roads', moderation: 'pre' },
            { id: 'quiet', title: 'Quiet' },
            { id: 'library', title: 'Library' },
          ],
        },
        { CIVIC_SMTP_URL: smtp.url, CIVIC_JOB_POLL_SECONDS: '0.1', CIVIC_ALLOWED_ORIGINS: 'https://www.city.example' },
      );
    });
    after(async () => {
      await server.close();
      await smtp.close();
    });

    const voter = (who: string) => `voter-${who}`.padEnd(24, '0');
    async function comment(threadId: string, who: string, body: Record<string, unknown>) {
      const res = await fetch(`${server.api}/threads/${threadId}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-civic-voter': voter(who), 'x-forwarded-for': networkOf(who) },
        body: JSON.stringify({ body: `${who} speaking`, authorName: who, ...body }),
      });
      const json = (await res.json()) as { id: string; status: string; code?: string; errors?: { path: string }[] };
      return { ...json, http: res.status };
    }
    const mailsTo = (to: string) => smtp.received.filter((m) => m.to === to);
    const subject = (raw: string) => header(raw, 'Subject') ?? '';
    /** A link in a mail, on the test server (mails name CIVIC_PUBLIC_URL's default). */
    const onServer = (link: string) => link.replace(/^https?:\/\/[^/]+\/api\/v1/, server.api);
    const confirmLinkIn = (raw: string) => onServer(/https?:\/\/\S+\/replies\/confirm\/\S+/.exec(bodyOf(raw))?.[0] ?? '');
    const stopLinkIn = (raw: string) => onServer(header(raw, 'List-Unsubscribe')?.replace(/^<|>$/g, '') ?? '');
    /** Lets the queue and SMTP server catch up, for tests that something did not happen. */
    const settle = async () => {
      server.queue.wake();
      await sleep(600);
    };
    const approve = async (id: string) => {
      const res = await fetch(`${server.api}/admin/comments/${id}/approve`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ reason: 'fine' }),
      });
      assert.equal(res.status, 200);
    };
    /** The subscription a comment was posted with, if it is still linked. */
    const subscriptionOf = async (commentId: string) =>
      (
        await server.ctx.db
          .selectFrom('comments')
          .select('reply_subscription')
          .where('id', '=', Number(commentId))
          .executeTakeFirstOrThrow()
      ).reply_subscription;
    const subscriptions = () => server.ctx.db.selectFrom('reply_subscriptions').selectAll().orderBy('id').execute();
    /** Confirms a confirmation mail's link through its page, as a person does. */
    async function confirm(raw: string) {
      const link = confirmLinkIn(raw);
      const page = await fetch(link);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Confirm e-mails about replies/);
      const done = await fetch(link, { method: 'POST', headers: { origin: server.base } });
      assert.equal(done.status, 200);
      assert.match(await done.text(), /E-mails about replies confirmed/);
    }

    test('the thread offers it where mail can reach people', async () => {
      const thread = (await (await fetch(`${server.api}/threads/park`)).json()) as { replyMail?: boolean };
      assert.equal(thread.replyMail, true);
    });

    test('double opt-in: one confirmation, nothing else until confirmed; then a digest with the waiting reply and a one-click stop', async () => {
      const ada = 'ada@example.org';
      const first = await comment('park', 'ada', { replyEmail: ada, sourceUrl: 'https://www.city.example/park?utm=x#c' });
      assert.equal(first.http, 201);
      await until(() => mailsTo(ada).length === 1, 'the confirmation mail');
      const confirmation = mailsTo(ada)[0]!.raw;
      assert.equal(subject(confirmation), 'Confirm e-mails about replies: The new park');
      assert.equal(header(confirmation, 'List-Unsubscribe'), undefined, 'a confirmation is not a list mail');

      // A reply before confirming sends nothing; so does opening the link (mail scanners do).
      assert.equal((await comment('park', 'bob', { parentId: first.id, body: 'I agree with you' })).http, 201);
      await fetch(confirmLinkIn(confirmation));
      await settle();
      assert.equal(mailsTo(ada).length, 1, 'nothing but the confirmation before it is confirmed');
      assert.equal((await subscriptions())[0]!.state, 'pending');

      await confirm(confirmation);
      await until(() => mailsTo(ada).length === 2, 'the digest with the waiting reply');
      const digest = mailsTo(ada)[1]!.raw;
      assert.equal(subject(digest), 'New replies to your comment: The new park');
      const text = bodyOf(digest);
      assert.match(text, /bob wrote:\n> I agree with you/);
      assert.ok(text.includes('https://www.city.example/park\n'), 'the page, without query or fragment');
      const stop = stopLinkIn(digest);
      assert.match(stop, /\/api\/v1\/replies\/stop\/\d+\.[\w-]+$/);
      assert.equal(header(digest, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');

      // Her own reply, and a reply to someone else's comment, are not mailed to her.
      await comment('park', 'ada', { parentId: first.id, body: 'Thanks, Bob' });
      const other = await comment('park', 'carol', {});
      await comment('park', 'dan', { parentId: other.id });
      await settle();
      assert.equal(mailsTo(ada).length, 2);

      // One click from a mail provider (no origin, RFC 8058 body): stopped, and the address forgotten.
      const clicked = await fetch(stop, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example' },
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(clicked.status, 200);
      const [sub] = await subscriptions();
      assert.equal(sub!.state, 'stopped');
      assert.equal(sub!.email, null);
      await comment('park', 'erin', { parentId: first.id });
      await settle();
      assert.equal(mailsTo(ada).length, 2, 'no mail after stopping');
    });

    test('at most one digest an hour per thread: replies in that hour wait and go together', async () => {
      const fay = 'fay@example.org';
      const mine = await comment('bins', 'fay', { replyEmail: fay });
      await until(() => mailsTo(fay).length === 1, 'the confirmation');
      await confirm(mailsTo(fay)[0]!.raw);
      await comment('bins', 'gus', { parentId: mine.id, body: 'First reply' });
      await until(() => mailsTo(fay).length === 2, 'the first digest');
      const realNow = server.ctx.now;
      try {
        await comment('bins', 'hal', { parentId: mine.id, body: 'Second reply' });
        await comment('bins', 'ivy', { parentId: mine.id, body: 'Third reply' });
        await settle();
        assert.equal(mailsTo(fay).length, 2, 'nothing more within the hour');
        const [sub] = await server.ctx.db.selectFrom('reply_subscriptions').selectAll().where('thread_id', '=', 'bins').execute();
        const jobs = await server.ctx.db
          .selectFrom('jobs')
          .selectAll()
          .where('kind', '=', 'reply-digest')
          .where('state', '=', 'queued')
          .execute();
        assert.equal(jobs.length, 1, 'one digest waiting for both replies');
        assert.equal(Number(jobs[0]!.run_at_ms), Number(sub!.last_digest_ms) + DIGEST_INTERVAL_MS);
        // An hour later (the server's clock, and the queue's job brought forward to the wall clock's now).
        server.ctx.now = () => new Date(Date.now() + DIGEST_INTERVAL_MS);
        await server.ctx.db.updateTable('jobs').set({ run_at_ms: Date.now() }).where('id', '=', jobs[0]!.id).execute();
        server.queue.wake();
        // The digest's mail job is dated by the server's clock too: bring it to the wall clock's now.
        await until(async () => {
          await server.ctx.db.updateTable('jobs').set({ run_at_ms: Date.now() }).where('state', '=', 'queued').execute();
          server.queue.wake();
          return mailsTo(fay).length === 3;
        }, 'the second digest');
        const text = bodyOf(mailsTo(fay)[2]!.raw);
        assert.match(text, /hal wrote:\n> Second reply/);
        assert.match(text, /ivy wrote:\n> Third reply/);
        assert.doesNotMatch(text, /First reply/, 'a reply is mailed once');
      } finally {
        server.ctx.now = realNow;
      }
    });

    test('a reply waiting for moderation is mailed once approved', async () => {
      const gil = 'gil@example.org';
      const mine = await comment('roads', 'gil', { replyEmail: gil });
      await approve(mine.id);
      await until(() => mailsTo(gil).length === 1, 'the confirmation');
      await confirm(mailsTo(gil)[0]!.raw);
      const reply = await comment('roads', 'kim', { parentId: mine.id, body: 'Pending reply' });
      assert.equal(reply.status, 'pending');
      await settle();
      assert.equal(mailsTo(gil).length, 1, 'not while it waits for a moderator');
      await approve(reply.id);
      await until(() => mailsTo(gil).length === 2, 'the digest after approval');
      assert.match(bodyOf(mailsTo(gil)[1]!.raw), /kim wrote:\n> Pending reply/);
    });

    test('strangers cannot be mailed: comments naming an address send one confirmation, and replies to them nothing', async () => {
      const victim = 'victim@example.org';
      const first = await comment('quiet', 'mallory', { replyEmail: victim });
      await comment('quiet', 'mallory', { replyEmail: victim, body: 'again' });
      await comment('quiet', 'mallory', { replyEmail: victim, body: 'and again' });
      await comment('quiet', 'nia', { parentId: first.id });
      await settle();
      assert.equal(mailsTo(victim).length, 1, 'one confirmation mail, within the mail limits');
      assert.match(subject(mailsTo(victim)[0]!.raw), /^Confirm/);
    });

    test('stop all: every discussion, and later requests send nothing', async () => {
      const ola = 'ola@example.org';
      const a = await comment('library', 'ola', { replyEmail: ola });
      await until(() => mailsTo(ola).length === 1, 'the confirmation');
      await confirm(mailsTo(ola)[0]!.raw);
      await comment('library', 'pat', { parentId: a.id });
      await until(() => mailsTo(ola).length === 2, 'a digest');
      const stop = stopLinkIn(mailsTo(ola)[1]!.raw);
      const page = await (await fetch(stop)).text();
      assert.match(page, /name="all" value="1"/, 'the page offers to stop every discussion');
      const done = await fetch(stop, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.base },
        body: 'all=1',
      });
      assert.match(await done.text(), /in any discussion/);
      // A new request from the same address, spelt otherwise: no confirmation mail.
      await comment('bins', 'ola', { replyEmail: 'OLA+x@Example.org' });
      await settle();
      assert.equal(mailsTo(ola).length + mailsTo('ola+x@example.org').length + mailsTo('OLA+x@Example.org').length, 2);
    });

    test('bad input: an address that is not one is refused, and nothing is posted', async () => {
      const before = await server.ctx.db
        .selectFrom('comments')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const res = await comment('park', 'quin', { replyEmail: 'not-an-address' });
      assert.equal(res.http, 422);
      assert.equal(res.code, 'invalid-input');
      assert.deepEqual(
        res.errors?.map((f) => f.path),
        ['replyEmail'],
      );
      const after = await server.ctx.db
        .selectFrom('comments')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(after.n), Number(before.n));
    });

    test('lifecycle: the download shows the address; erasure and retention remove it', async () => {
      const rui = 'rui@example.org';
      const mine = await comment('quiet', 'rui', { replyEmail: rui });
      const data = (await (
        await fetch(`${server.api}/participant/data`, { headers: { 'x-civic-voter': voter('rui') } })
      ).json()) as {
        comments: { commentId: string; replyEmail: string | null }[];
      };
      assert.equal(data.comments.find((c) => c.commentId === mine.id)?.replyEmail, rui);

      const erased = await fetch(`${server.api}/admin/people/erase`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ email: 'RUI@example.org' }),
      });
      assert.equal(((await erased.json()) as { replySubscriptions: number }).replySubscriptions, 1);
      assert.equal(await subscriptionOf(mine.id), null);

      // Retention: a request never confirmed goes a week after its link expired; a confirmed one
      // `replyEmailMs` after its last comment; stopped ones at the next run.
      const sue = await comment('quiet', 'sue', { replyEmail: 'sue@example.org' });
      const realNow = server.ctx.now;
      try {
        const left = async () => (await subscriptions()).map((s) => s.email_key);
        const count = (await left()).length;
        server.ctx.now = () => new Date(Date.now() + server.ctx.signing.linkTtlMs + 6 * 86_400_000);
        const early = await forgetReplySubscriptions(server.ctx);
        assert.ok((await left()).length === count - early && early > 0, 'stopped ones go');
        assert.ok(
          (await subscriptions()).some((s) => s.email === 'sue@example.org'),
          'not yet: within the grace week',
        );
        server.ctx.now = () => new Date(Date.now() + server.ctx.signing.linkTtlMs + 8 * 86_400_000);
        await forgetReplySubscriptions(server.ctx);
        assert.ok(!(await subscriptions()).some((s) => s.email === 'sue@example.org'), 'the unconfirmed request went');
        assert.equal(await subscriptionOf(sue.id), null);
        server.ctx.now = () => new Date(Date.now() + server.ctx.retention.replyEmailMs + 1000);
        await forgetReplySubscriptions(server.ctx);
        assert.deepEqual(await left(), [], 'confirmed ones go after the retention time');
      } finally {
        server.ctx.now = realNow;
      }
    });
  });
}

describe('E-mails about replies, switched off', () => {
  test('offered where mail reaches people, unless CIVIC_REPLY_MAIL=off; other values refused', () => {
    const site = { CIVIC_PUBLIC_URL: 'https://civic.example' };
    assert.equal(loadConfig(site).replyMail, false, 'no SMTP and no links in the log: no one would get the mail');
    assert.equal(loadConfig({ ...site, CIVIC_SMTP_URL: 'smtp://mail.example' }).replyMail, true);
    assert.equal(loadConfig({ ...site, CIVIC_SMTP_URL: 'smtp://mail.example', CIVIC_REPLY_MAIL: 'off' }).replyMail, false);
    assert.equal(loadConfig({ ...site, CIVIC_REPLY_MAIL: 'on' }).replyMail, true);
    assert.equal(loadConfig({}).replyMail, true, 'locally, the links are logged');
    assert.throws(() => loadConfig({ CIVIC_REPLY_MAIL: 'yes' }), /CIVIC_REPLY_MAIL must be "on" or "off", not "yes"/);
  });

  test('CIVIC_REPLY_MAIL=off: not offered, and an address given anyway is not kept', async () => {
    const server = await startTestServer(
      testDatabaseUrls()[0]!.url,
      { threads: [{ id: 't', title: 'T' }] },
      { CIVIC_REPLY_MAIL: 'off' },
    );
    try {
      const thread = (await (await fetch(`${server.api}/threads/t`)).json()) as { replyMail?: boolean };
      assert.equal(thread.replyMail, undefined);
      const res = await fetch(`${server.api}/threads/t/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-civic-voter': 'voter-off'.padEnd(24, '0') },
        body: JSON.stringify({ body: 'hello', replyEmail: 'ada@example.org' }),
      });
      assert.equal(res.status, 201);
      assert.equal((await server.ctx.db.selectFrom('reply_subscriptions').selectAll().execute()).length, 0);
      assert.equal((await server.ctx.db.selectFrom('outbox').selectAll().execute()).length, 0);
    } finally {
      await server.close();
    }
  });
});
