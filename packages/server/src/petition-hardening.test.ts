/*
 * Petition signing, confirmation links and mail, hardened: one mailbox signs
 * once, a mailbox gets few mails, links confirm only by a button on a
 * same-origin page while the petition is open and the link is fresh, and
 * live links and addresses do not linger in the outbox, the admin API or
 * the log. On SQLite, and on PostgreSQL when configured.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { once } from 'node:events';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import type { Seed } from '@civic-widgets/core';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './db/migrations.js';
import type { Database } from './db/schema.js';
import { backfillEmailKeys, respondToPetition, setPetitionStatus } from './domain/petitions.js';
import { messages } from './i18n/index.js';
import { redactOutbox } from './mail/outbox.js';
import { Hasher } from './security/hash.js';
import { ADMIN_TOKEN, type TestServer, resetPostgres, signAs, startTestServer, testDatabaseUrls } from './test-support/server.js';

const DAY = 86_400_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

/** Petitions of their own for each test, so tests do not share state. */
function content(): Seed {
  const ids = ['dupes', 'bomb', 'bomb-2', 'bomb-3', 'button', 'expiry', 'closing', 'responding', 'drafting', 'ending'];
  return {
    petitions: [
      ...ids.map((id) => ({ id, title: `Petition ${id}`, goal: 100 })),
      { id: 'ends-soon', title: 'Ends soon', goal: 100, closesAt: at(DAY) },
      { id: 'secret-plan', title: 'Secret plan', goal: 100 },
      { id: 'origins', title: 'Origins', goal: 100 },
      { id: 'languages', title: 'Langues & <lenguas>', goal: 100 },
      { id: 'mail', title: 'Mail', goal: 100 },
      { id: 'urls', title: 'URLs', goal: 100 },
    ],
  };
}

interface Outbox {
  id: number;
  to_addr: string;
  subject: string;
  text: string;
  link: string | null;
  sent: number;
}

/** A tiny SMTP server that accepts everything: enough for nodemailer to deliver. */
async function fakeSmtp(): Promise<{ url: string; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server = createNetServer((socket) => {
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.write('220 test ESMTP\r\n');
    let buffer = '';
    let message: string | null = null;
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (message !== null) {
          if (line === '.') {
            received.push(message);
            message = null;
            socket.write('250 queued\r\n');
          } else message += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test\r\n');
        else if (verb === 'DATA') {
          message = '';
          socket.write('354 go on\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `check()` holds, for at most `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20)))
    if (await check()) return true;
  return check();
}

for (const { name, url } of testDatabaseUrls()) {
  describe(`Petition hardening on ${name}`, () => {
    let server: TestServer;
    const realNow = () => new Date();
    before(async () => {
      server = await startTestServer(url, content(), {
        CIVIC_ALLOWED_ORIGINS: 'https://city.example',
        CIVIC_AGENCY_NAME: 'City of Example',
        CIVIC_AGENCY_COLOR: '#0b5394',
        CIVIC_AGENCY_URL: 'https://city.example/',
      });
    });
    after(() => server.close());

    const sign = (petitionId: string, body: Record<string, unknown>, who = 'signer', headers: Record<string, string> = {}) =>
      signAs(server, petitionId, who, { name: 'Ada', ...body }, headers);
    const confirm = (token: string | null, headers: Record<string, string> = {}) =>
      fetch(`${server.api}/confirm/${token}`, { method: 'POST', headers });
    const outbox = (to?: string) => {
      let q = server.ctx.db.selectFrom('outbox').selectAll().orderBy('id');
      if (to) q = q.where('to_addr', '=', to);
      return q.execute() as Promise<Outbox[]>;
    };
    const count = async (petitionId: string) =>
      (
        await server.ctx.db
          .selectFrom('petitions')
          .select('signature_count')
          .where('id', '=', petitionId)
          .executeTakeFirstOrThrow()
      ).signature_count;
    /** Moves the server's clock `byMs` ahead of the real one. */
    const moveClock = (byMs: number) => {
      server.ctx.now = () => new Date(Date.now() + byMs);
    };

    test('canonical duplicates are one signature: sub-addresses, case and Gmail dots', async () => {
      for (const [i, email] of ['ada.l+1@gmail.com', 'ADAL+2@gmail.com', 'a.d.a.l@googlemail.com', 'adal@gmail.com'].entries()) {
        const res = await sign('dupes', { email }, `dupe-${i}`);
        assert.equal(res.status, 202, email);
      }
      const rows = await server.ctx.db.selectFrom('signatures').select(['email']).where('petition_id', '=', 'dupes').execute();
      assert.deepEqual(
        rows.map((r) => r.email),
        ['ada.l+1@gmail.com'],
        'one signature, stored with the address as first typed',
      );
      // Every link ever mailed for this petition confirms the same one signature.
      const links = (await outbox()).filter((m) => m.subject.includes('dupes')).map((m) => m.link);
      assert.ok(links.length >= 1);
      for (const link of links) await confirm(link?.split('/confirm/')[1] ?? null);
      assert.equal(await count('dupes'), 1);
      assert.equal((await sign('dupes', { email: 'A.DAL+again@gmail.com' }, 'dupe-9')).status, 202);
      assert.equal(await count('dupes'), 1, 'still one');
      // Different mailboxes are different signatures: dots count outside Gmail.
      assert.equal((await sign('dupes', { email: 'a.dal@example.org' }, 'dupe-10')).status, 202);
      assert.equal((await sign('dupes', { email: 'adal@example.org' }, 'dupe-11')).status, 202);
      const all = await server.ctx.db.selectFrom('signatures').select('id').where('petition_id', '=', 'dupes').execute();
      assert.equal(all.length, 3);
    });

    test('mail limit: 40 requests for one address queue one mail, and every answer is the same 202', async () => {
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => sign('bomb', { email: `victim+${i}@example.org` }, `bomber-${i}`)),
      );
      assert.deepEqual(new Set(answers.map((r) => r.status)), new Set([202]));
      const bodies = await Promise.all(answers.map(async (r) => ((await r.json()) as { status: string }).status));
      assert.deepEqual(new Set(bodies), new Set(['pending-confirmation']));
      const mails = (await outbox()).filter((m) => m.to_addr.startsWith('victim'));
      assert.equal(mails.length, 1, `one mail, not ${mails.length}`);

      // Another petition is another confirmation, but the day's total stays small.
      for (const petition of ['bomb-2', 'bomb-3']) {
        for (let i = 0; i < 10; i++) await sign(petition, { email: 'victim@example.org' }, `bomber-${petition}-${i}`);
      }
      const later = (await outbox()).filter((m) => m.to_addr.startsWith('victim'));
      assert.equal(later.length, 3, 'one per petition within the interval');
      try {
        for (let step = 1; step <= 30; step++) {
          moveClock(step * 11 * 60_000);
          await sign('bomb', { email: 'victim@example.org' }, `bomber-late-${step}`);
        }
        const day = (await outbox()).filter((m) => m.to_addr.startsWith('victim'));
        assert.equal(day.length, 5, 'at most 5 a day by default');
        moveClock(2 * DAY);
        await sign('bomb', { email: 'victim@example.org' }, 'bomber-next-day');
        assert.equal((await outbox()).filter((m) => m.to_addr.startsWith('victim')).length, 6, 'a new day, a new mail');
      } finally {
        server.ctx.now = realNow;
      }
    });

    test('GET shows a button and confirms nothing; the POST confirms', async () => {
      await sign('button', { email: 'button@example.org' });
      const token = await server.lastConfirmToken('button@example.org');
      assert.ok(token);
      for (let i = 0; i < 3; i++) {
        const page = await fetch(`${server.api}/confirm/${token}`);
        assert.equal(page.status, 200);
        const html = await page.text();
        assert.match(html, /<form method="post">/);
        assert.match(html, /<button type="submit">Confirm my signature<\/button>/);
        assert.match(html, /Petition button/);
        assert.doesNotMatch(html, /<script/i);
        const csp = page.headers.get('content-security-policy') ?? '';
        assert.match(csp, /default-src 'none'/);
        assert.match(csp, /form-action 'self'/);
        assert.match(csp, /frame-ancestors 'none'/);
      }
      assert.equal(await count('button'), 0, 'opening the link (mail scanners do) confirms nothing');
      const done = await confirm(token);
      assert.equal(done.status, 200);
      const html = await done.text();
      assert.match(html, /<h1>Signature confirmed<\/h1>/);
      assert.doesNotMatch(html, /<form/);
      assert.equal(await count('button'), 1);
      assert.match(await (await confirm(token)).text(), /<h1>Signature already confirmed<\/h1>/);
      assert.equal(await count('button'), 1, 'twice counts once');
      const unknown = await fetch(`${server.api}/confirm/not-a-real-token-000000`);
      assert.equal(unknown.status, 404);
      const unknownHtml = await unknown.text();
      assert.match(unknownHtml, /<h1>Link not recognised<\/h1>/);
      assert.match(unknownHtml, /href="https:\/\/city.example\/"/, 'a way home');
      assert.equal((await confirm('not-a-real-token-000000')).status, 404);
    });

    test('links expire after 7 days: a clear page, nothing confirmed, and signing again sends a fresh link', async () => {
      await sign('expiry', { email: 'late@example.org', sourceUrl: 'https://city.example/expiry' });
      const token = await server.lastConfirmToken('late@example.org');
      try {
        moveClock(7 * DAY + 60_000);
        const page = await fetch(`${server.api}/confirm/${token}`);
        assert.equal(page.status, 410);
        const html = await page.text();
        assert.match(html, /<h1>Link expired<\/h1>/);
        assert.doesNotMatch(html, /<form/);
        assert.match(html, /href="https:\/\/city.example\/expiry"/, 'back to the petition page to sign again');
        assert.equal((await confirm(token)).status, 410);
        assert.equal(await count('expiry'), 0);

        await sign('expiry', { email: 'late@example.org' });
        const fresh = await server.lastConfirmToken('late@example.org');
        assert.notEqual(fresh, token);
        assert.equal((await confirm(fresh)).status, 200);
        assert.equal(await count('expiry'), 1);
      } finally {
        server.ctx.now = realNow;
      }
    });

    test('closed, responded, ended and draft petitions refuse confirmation; a draft’s title is never shown', async () => {
      const cases = [
        { id: 'closing', act: () => setPetitionStatus(server.ctx, 'closing', 'closed') },
        { id: 'responding', act: () => respondToPetition(server.ctx, 'responding', 'We agree.', true) },
        { id: 'secret-plan', act: () => setPetitionStatus(server.ctx, 'secret-plan', 'draft') },
      ];
      for (const c of cases) await sign(c.id, { email: `closed-${c.id}@example.org` });
      await sign('ends-soon', { email: 'closed-ends-soon@example.org' });
      for (const c of cases) await c.act();
      try {
        moveClock(DAY + 60_000);
        for (const id of ['closing', 'responding', 'secret-plan', 'ends-soon']) {
          const token = await server.lastConfirmToken(`closed-${id}@example.org`);
          const page = await fetch(`${server.api}/confirm/${token}`);
          const html = await page.text();
          assert.equal(page.status, 423, id);
          assert.match(html, /<h1>Petition not open<\/h1>/, id);
          assert.doesNotMatch(html, /<form/, id);
          const posted = await confirm(token);
          assert.equal(posted.status, 423, id);
          const postedHtml = await posted.text();
          assert.equal(await count(id), 0, id);
          if (id === 'secret-plan') {
            assert.doesNotMatch(html + postedHtml, /Secret plan/, 'no draft title');
            const mails = await outbox('closed-secret-plan@example.org');
            assert.equal(mails.length, 1);
          }
        }
      } finally {
        server.ctx.now = realNow;
      }
    });

    test('a POST from another origin is refused, even from an allowed one; the page’s own POST works', async () => {
      await sign('origins', { email: 'origins@example.org' });
      const token = await server.lastConfirmToken('origins@example.org');
      for (const headers of [
        { origin: 'https://evil.example' },
        { origin: 'https://city.example' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'null' },
      ]) {
        const res = await confirm(token, headers);
        assert.equal(res.status, 403, JSON.stringify(headers));
      }
      // An origin that may write elsewhere, reaching this server under its own name (Host and
      // Origin alike, as DNS rebinding makes them): still not the confirmation page's origin.
      const port = new URL(server.base).port;
      const rebound = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: `/api/v1/confirm/${token}`,
            headers: { host: 'city.example', origin: 'https://city.example', 'content-length': 0 },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
      assert.equal(rebound, 403, "a Host matching the Origin does not make it the server's own");
      assert.equal(await count('origins'), 0);
      const own = await confirm(token, {
        origin: new URL(server.base).origin,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/x-www-form-urlencoded',
      });
      assert.equal(own.status, 200);
      assert.equal(await count('origins'), 1);
    });

    test('the page and the mail are in the signer’s language (one of 60), English otherwise', async () => {
      const expectations = [
        { lang: 'fr-CA', page: 'fr', dir: 'ltr' },
        { lang: 'es', page: 'es', dir: 'ltr' },
        { lang: 'ar', page: 'ar', dir: 'rtl' },
        { lang: 'de-AT', page: 'de', dir: 'ltr' },
        { lang: 'zh-HK', page: 'zh-Hant', dir: 'ltr' },
        { lang: 'he', page: 'he', dir: 'rtl' },
        { lang: 'mt', page: 'en', dir: 'ltr' },
        { lang: undefined, page: 'en', dir: 'ltr' },
      ] as const;
      for (const [i, e] of expectations.entries()) {
        const email = `lang-${i}@example.org`;
        assert.equal((await sign('languages', { email, ...(e.lang ? { lang: e.lang } : {}) }, `lang-${i}`)).status, 202);
        const text = messages(e.page);
        const [mail] = await outbox(email);
        assert.ok(mail);
        assert.equal(mail.subject, text['mail.confirm.subject'].replace('{title}', 'Langues & <lenguas>'), e.page);
        assert.ok(mail.text.includes('Langues & <lenguas>'), 'plain text, not escaped');
        assert.ok(mail.text.includes(text['mail.confirm.body'].split('\n')[0]!.split('{')[0]!), `mail in ${e.page}`);
        const token = await server.lastConfirmToken(email);
        const page = await (await fetch(`${server.api}/confirm/${token}`)).text();
        assert.match(page, new RegExp(`<html lang="${e.page}" dir="${e.dir}">`));
        assert.ok(page.includes(`<button type="submit">${text['page.confirm.button']}</button>`), `button in ${e.page}`);
        assert.ok(page.includes('Langues &#38; &#60;lenguas&#62;'), 'the title is escaped');
        assert.doesNotMatch(page, /<lenguas>/);
        assert.equal((page.match(/<h1[ >]/g) ?? []).length, 1, 'one h1');
        const done = await (await confirm(token)).text();
        assert.match(done, new RegExp(`<html lang="${e.page}" dir="${e.dir}">`));
        assert.ok(done.includes(text['page.confirmed.title']));
      }
      const bad = await sign('languages', { email: 'lang-bad@example.org', lang: '<script>' }, 'lang-bad');
      assert.equal(bad.status, 422);
      const long = await sign('languages', { email: 'lang-bad@example.org', lang: `en-${'a'.repeat(40)}` }, 'lang-bad');
      assert.equal(long.status, 422);
    });

    test('the outbox and the admin API hold no live link once it is not needed; the admin view never shows one', async () => {
      await sign('mail', { email: 'kept@example.org' });
      const [kept] = await outbox('kept@example.org');
      assert.ok(kept?.link, 'without SMTP the unsent mail keeps its link until it expires');
      const token = kept.link.split('/confirm/')[1]!;
      assert.ok(!kept.text.includes(token), 'the text itself holds no link');

      const res = await fetch(`${server.api}/admin/outbox`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      assert.equal(res.status, 200);
      const view = await res.text();
      assert.ok(!view.includes(token), 'no live link in the admin view');
      assert.doesNotMatch(view, /\/confirm\/[A-Za-z0-9_-]{16}/);
      assert.ok(!view.includes('kept@example.org'), 'addresses masked');
      assert.ok(view.includes('k***@example.org'));

      try {
        moveClock(7 * DAY + 60_000);
        await redactOutbox(server.ctx, 7 * DAY);
      } finally {
        server.ctx.now = realNow;
      }
      const [redacted] = await server.ctx.db.selectFrom('outbox').selectAll().where('id', '=', kept.id).execute();
      assert.equal(redacted?.link, null);
      assert.equal(redacted?.to_addr, 'k***@example.org');
      assert.ok(!JSON.stringify(redacted).includes(token));
    });

    test('source_url is stored without query or fragment', async () => {
      await sign('urls', { email: 'url@example.org', sourceUrl: 'https://city.example/petitions/urls?session=abc123#sign' });
      const row = await server.ctx.db
        .selectFrom('signatures')
        .select('source_url')
        .where('petition_id', '=', 'urls')
        .executeTakeFirstOrThrow();
      assert.equal(row.source_url, 'https://city.example/petitions/urls');
    });
  });

  // Each test here runs a server of its own (on PostgreSQL, the database is emptied for it).
  describe(`Mail delivery and logs on ${name}`, () => {
    test('a sent mail is redacted at once: no link, masked address', async () => {
      const smtp = await fakeSmtp();
      const other = await startTestServer(
        url,
        { petitions: [{ id: 'sent', title: 'Sent', goal: 10 }] },
        { CIVIC_SMTP_URL: smtp.url },
      );
      try {
        const res = await fetch(`${other.api}/petitions/sent/signatures`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-civic-voter': 'voter-smtp-0000000000000' },
          body: JSON.stringify({ name: 'Ada', email: 'smtp@example.org', consent: true }),
        });
        assert.equal(res.status, 202);
        assert.ok(
          await eventually(async () => (await other.ctx.db.selectFrom('outbox').select('sent').execute())[0]?.sent === 1),
          'sent',
        );
        assert.equal(smtp.received.length, 1);
        // The text is quoted-printable: undo its soft line breaks.
        assert.match(smtp.received[0]!.replace(/=\n/g, ''), /\/confirm\/[A-Za-z0-9_-]{16,}/, 'the mail itself carries the link');
        const [row] = await other.ctx.db.selectFrom('outbox').selectAll().execute();
        assert.equal(row?.link, null);
        assert.equal(row?.to_addr, 's***@example.org');
        assert.doesNotMatch(JSON.stringify(row), /\/confirm\/[A-Za-z0-9_-]{16,}/);
      } finally {
        await other.close();
        await smtp.close();
      }
    });

    test('the mail says how long its link works as each language counts days (1 day, 1 день, 1 diwrnod)', async () => {
      const other = await startTestServer(
        url,
        { petitions: [{ id: 'short', title: 'Short', goal: 10 }] },
        { CIVIC_CONFIRM_LINK_DAYS: '1' },
      );
      try {
        const expected = { en: 'works for 1 day.', ru: '1 день', cy: '1 diwrnod' } as const;
        for (const [i, lang] of Object.keys(expected).entries()) {
          const email = `days-${lang}@example.org`;
          const res = await fetch(`${other.api}/petitions/short/signatures`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-civic-voter': `voter-days-${i}`.padEnd(24, '0') },
            body: JSON.stringify({ name: 'Ada', email, consent: true, lang }),
          });
          assert.equal(res.status, 202);
          const mail = await other.ctx.db
            .selectFrom('outbox')
            .select('text')
            .where('to_addr', '=', email)
            .executeTakeFirstOrThrow();
          assert.ok(mail.text.includes(expected[lang as keyof typeof expected]), `${lang}: ${mail.text}`);
          assert.doesNotMatch(mail.text, /\{(duration|days)\}|1 days/);
        }
      } finally {
        await other.close();
      }
    });

    test('log lines hold no full address, and no link unless asked for', async () => {
      const lines: string[] = [];
      const capture = (level: string) => (obj: object, msg?: string) =>
        void lines.push(`${level} ${msg ?? ''} ${JSON.stringify(obj)}`);
      const server = await startTestServer(
        url,
        { petitions: [{ id: 'logged', title: 'Logged', goal: 10 }] },
        { CIVIC_LOG_MAIL_LINKS: 'false' },
      );
      server.ctx.log = { info: capture('info'), warn: capture('warn'), error: capture('error') };
      let token: string | null;
      try {
        const res = await fetch(`${server.api}/petitions/logged/signatures`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-civic-voter': 'voter-logged-00000000000' },
          body: JSON.stringify({ name: 'Ada', email: 'logged.person@example.org', consent: true }),
        });
        assert.equal(res.status, 202);
        assert.ok(await eventually(async () => lines.length > 0), 'the kept mail is logged');
        token = await server.lastConfirmToken('logged.person@example.org');
      } finally {
        await server.close();
      }
      const log = lines.join('\n');
      assert.ok(!log.includes('logged.person@example.org'), log);
      assert.ok(log.includes('l***@example.org'), log);
      assert.ok(token && !log.includes(token), 'no live link in the log');
    });
  });

  describe(`Migration 0004 on ${name}`, () => {
    test('existing signatures get keyed canonical addresses; duplicates are resolved as documented', async () => {
      let db: Kysely<Database>;
      if (url.startsWith('postgres')) {
        await resetPostgres(url);
        db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
      } else {
        db = new Kysely({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
      }
      const dialect = url.startsWith('postgres') ? 'postgres' : 'sqlite';
      try {
        await migrate(db as Kysely<unknown>, dialect, '0003-report-networks');
        await db.insertInto('petitions').values({ id: 'old', data: '{}', signature_count: 3, created_ms: 1 }).execute();
        const old = (id: number, email: string, status: string, confirmed: number | null): Record<string, unknown> => ({
          id,
          petition_id: 'old',
          email,
          name: `Signer ${id}`,
          region_id: null,
          show_name: 0,
          status,
          token_hash: `hash-${id}`,
          source_url: null,
          ip: null,
          created_ms: id,
          confirmed_ms: confirmed,
        });
        await db
          .insertInto('signatures')
          .values([
            old(1, 'ada+1@example.org', 'confirmed', 10),
            old(2, 'ada+2@example.org', 'confirmed', 20),
            old(3, 'ada@example.org', 'pending', null),
            old(4, 'b.ob@gmail.com', 'pending', null),
            old(5, 'bob@gmail.com', 'confirmed', 30),
            old(6, 'carol@example.org', 'pending', null),
          ] as never)
          .execute();
        await db
          .insertInto('outbox')
          .values({
            to_addr: 'carol@example.org',
            subject: 'Confirm your signature: Old',
            text: 'Confirm your signature by opening this link:\nhttp://localhost:8787/api/v1/confirm/abcdefghijklmnopqrstuvwxyz012345\n',
            sent: 0,
            created_ms: 1,
          } as never)
          .execute();
        assert.deepEqual(await migrate(db as Kysely<unknown>, dialect, '0004-signature-hardening'), ['0004-signature-hardening']);
        const [mail] = await db.selectFrom('outbox').selectAll().execute();
        assert.equal(mail?.link, 'http://localhost:8787/api/v1/confirm/abcdefghijklmnopqrstuvwxyz012345');
        assert.ok(!mail?.text.includes('abcdefghijklmnopqrstuvwxyz012345'), 'the link moved out of the text');

        const hasher = new Hasher('migration-test-secret');
        const warnings: string[] = [];
        const log = { info: () => undefined, error: () => undefined, warn: (o: object) => void warnings.push(JSON.stringify(o)) };
        await backfillEmailKeys(db, (address) => hasher.email(address), log);
        await backfillEmailKeys(db, (address) => hasher.email(address), log);
        const rows = await db.selectFrom('signatures').selectAll().orderBy('id').execute();
        assert.deepEqual(
          rows.map((r) => [r.id, r.status, r.email_key === null ? null : r.email_key.includes('.') ? 'kept apart' : 'key']),
          [
            [1, 'confirmed', 'key'],
            [2, 'confirmed', 'kept apart'],
            [5, 'confirmed', 'key'],
            [6, 'pending', 'key'],
          ],
          'the earliest confirmed signature of a mailbox holds its key; pending duplicates go; confirmed ones stay, set apart',
        );
        assert.equal(rows[0]!.email_key, hasher.email('ada@example.org'));
        assert.equal(rows[2]!.email_key, hasher.email('bob@gmail.com'));
        const petition = await db.selectFrom('petitions').select('signature_count').executeTakeFirstOrThrow();
        assert.equal(petition.signature_count, 3, 'the published count does not change on upgrade');
        assert.equal(warnings.length, 1, 'the operator is told, once');
        assert.match(warnings[0]!, /"petitionId":"old"/);
        // The rule now holds in the database.
        await assert.rejects(
          db
            .insertInto('signatures')
            .values({ ...old(7, 'ada+3@example.org', 'pending', null), email_key: hasher.email('ada@example.org') } as never)
            .execute(),
        );
      } finally {
        await db.destroy();
      }
    });
  });
}
