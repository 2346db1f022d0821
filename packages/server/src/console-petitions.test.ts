import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type StaffMember, asAdmin, at, citizen, liveStream, signedIn } from './test-support/console.js';
import { assertInvariants } from './test-support/invariants.js';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Petition staff through the real API: a signature found from any spelling
 * of its address, invalidated alone or in bulk (by domain or network within a
 * window, dry run first) with counts kept exact, the abuse watch, and the
 * official response drafted and previewed.
 */

interface Signature {
  id: number;
  status: string;
  maskedEmail: string;
  email?: string;
  emailDomain: string | null;
  network: string | null;
}
interface Bulk {
  dryRun: boolean;
  matched: { confirmed: number; pending: number };
  invalidated: number;
  signatureCount: number;
}
interface AuditEntry {
  action: string;
  detail: string | null;
  before: unknown;
  after: unknown;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

for (const { name, url } of testDatabaseUrls()) {
  describe(`Console petitions on ${name}`, () => {
    let server: TestServer;
    let editor: StaffMember;
    let moderator: StaffMember;
    let n = 0;

    before(async () => {
      server = await startTestServer(url, conformanceFixture());
      editor = await signedIn(server, 'editor');
      moderator = await signedIn(server, 'moderator');
    });
    after(() => server.close());

    async function petition(id: string, extra: Record<string, unknown> = {}) {
      const res = await asAdmin(server, 'POST', '/petitions', { id, title: `Petition ${id}`, goal: 10, ...extra });
      assert.equal(res.status, 201, await res.text());
    }
    /** Signs (from `network`), and confirms through the e-mailed link when asked. */
    async function sign(petitionId: string, email: string, options: { confirm?: boolean; network?: string } = {}) {
      const who = { token: `signer-${++n}-${name.toLowerCase()}`, network: options.network ?? `198.18.${n % 250}.${n % 200}` };
      const res = await citizen(server, who, 'POST', `/petitions/${petitionId}/signatures`, {
        name: `Signer ${n}`,
        email,
        consent: true,
      });
      assert.equal(res.status, 202, await res.text());
      if (options.confirm) {
        const token = await server.lastConfirmToken(email);
        assert.ok(token, `a link for ${email}`);
        assert.equal((await fetch(`${server.api}/confirm/${token}`, { method: 'POST' })).status, 200);
      }
    }
    const count = async (petitionId: string) =>
      ((await (await fetch(`${server.api}/petitions/${petitionId}`)).json()) as { petition: { signatureCount: number } }).petition
        .signatureCount;
    const statuses = async (petitionId: string) =>
      (
        await server.ctx.db
          .selectFrom('signatures')
          .select(['email', 'status'])
          .where('petition_id', '=', petitionId)
          .orderBy('email')
          .execute()
      ).map((s) => `${s.email}:${s.status}`);
    const auditOf = async (query: string) => (await (await asAdmin(server, 'GET', `/audit?${query}`)).json()) as AuditEntry[];
    const find = async (who: 'admin' | StaffMember, petitionId: string, email: string) => {
      const res =
        who === 'admin'
          ? await asAdmin(server, 'POST', `/petitions/${petitionId}/signatures/search`, { email })
          : await who.call('POST', `/petitions/${petitionId}/signatures/search`, { email });
      assert.equal(res.status, 200, await res.clone().text());
      return ((await res.json()) as { items: Signature[] }).items;
    };

    test('a signature is found from any spelling of its address, through the keyed hash; addresses only for admins; lookups audited without them', async () => {
      await petition('lookup');
      await sign('lookup', 'Ada.Lovelace+petition@Gmail.com', { confirm: true });
      await sign('lookup', 'ada@gmail.com');
      await sign('lookup', 'grace@example.org', { confirm: true });

      const [asAdminFound, ...none] = await find('admin', 'lookup', 'adalovelace@googlemail.com');
      assert.equal(none.length, 0);
      assert.equal(asAdminFound?.email, 'ada.lovelace+petition@gmail.com', 'admins see the address as typed');
      assert.equal(asAdminFound?.status, 'confirmed');
      assert.equal(asAdminFound?.emailDomain, 'gmail.com');
      for (const spelling of ['ADA.LOVELACE@GMAIL.COM', 'ada.lovelace+other@gmail.com', 'A.D.A.Lovelace@gmail.com']) {
        const found = await find(editor, 'lookup', spelling);
        assert.deepEqual(
          found.map((s) => s.id),
          [asAdminFound!.id],
          spelling,
        );
        assert.equal(found[0]!.email, undefined, 'editors do not see addresses');
        assert.match(found[0]!.maskedEmail, /^a\*\*\*@gmail\.com$/);
      }
      assert.deepEqual(
        (await find(editor, 'lookup', 'ada@gmail.com')).map((s) => s.status),
        ['pending'],
        'another mailbox',
      );
      assert.deepEqual(await find(editor, 'lookup', 'nobody@example.org'), []);
      assert.deepEqual(await find(editor, 'lookup', 'ada.lovelace@gmail.co'), [], 'an exact mailbox, never a part of one');

      const entries = await auditOf('action=signature.search&resourceId=lookup');
      assert.equal(entries.length, 7);
      assert.ok(!JSON.stringify(entries).toLowerCase().includes('lovelace'), 'no address in the audit log');
      assert.deepEqual(entries.at(-1)?.after, { found: [asAdminFound!.id] });

      assert.equal((await editor.call('POST', '/petitions/lookup/signatures/search', { email: 'not an address' })).status, 422);
      assert.equal((await editor.call('POST', '/petitions/nope/signatures/search', { email: 'a@b.org' })).status, 404);
      assert.equal((await moderator.call('POST', '/petitions/lookup/signatures/search', { email: 'a@b.org' })).status, 403);
    });

    test('one signature invalidated: uncounted at once (live), its link dead, its mailbox unable to sign again', async () => {
      await petition('single');
      await sign('single', 'one@example.org', { confirm: true });
      await sign('single', 'two@example.org');
      assert.equal(await count('single'), 1);
      const [one] = await find(editor, 'single', 'one@example.org');
      const [two] = await find(editor, 'single', 'two@example.org');
      const path = (id: number) => `/petitions/single/signatures/${id}/invalidate`;

      // Without a reason nothing happens.
      assert.equal((await editor.call('POST', path(one!.id), {})).status, 422);
      assert.equal(await count('single'), 1);

      const live = await liveStream(server, ['petition:single']);
      const done = await editor.json<{ signature: Signature; previousStatus: string; signatureCount: number }>(
        'POST',
        path(one!.id),
        { reason: 'Signed for someone else', note: 'Reported by the mailbox owner' },
      );
      assert.deepEqual([done.signature.status, done.previousStatus, done.signatureCount], ['invalidated', 'confirmed', 0]);
      assert.equal(await count('single'), 0, 'the public count drops at once');
      assert.deepEqual(
        await live.next((e) => e.type === 'petition.count'),
        { type: 'petition.count', petitionId: 'single', signatureCount: 0 },
        'announced live',
      );
      live.close();
      const [entry] = await auditOf(`action=signature.invalidate&resourceId=${one!.id}`);
      assert.equal(entry?.detail, 'Signed for someone else\nReported by the mailbox owner');
      assert.deepEqual(entry?.before, { id: one!.id, petitionId: 'single', status: 'confirmed' });
      assert.ok(!JSON.stringify(entry).includes('one@'), 'no address in the audit log');

      // A pending one: its link stops working; confirming it counts nothing.
      const link = await server.lastConfirmToken('two@example.org');
      assert.equal(
        (await editor.json<{ previousStatus: string }>('POST', path(two!.id), { reason: 'Bot' })).previousStatus,
        'pending',
      );
      assert.equal((await fetch(`${server.api}/confirm/${link}`, { method: 'POST' })).status, 404);
      assert.equal((await fetch(`${server.api}/confirm/${link}`)).status, 404);
      assert.equal(await count('single'), 0);

      // The same mailbox, spelt otherwise, cannot sign again; it is not told, and gets no mail.
      const mails = await server.ctx.db.selectFrom('outbox').select('id').execute();
      await sign('single', 'ONE+again@example.org');
      assert.deepEqual(await statuses('single'), ['one@example.org:invalidated', 'two@example.org:invalidated']);
      assert.equal((await server.ctx.db.selectFrom('outbox').select('id').execute()).length, mails.length, 'no mail');

      assert.equal((await editor.call('POST', path(one!.id), { reason: 'Again' })).status, 409);
      assert.equal((await editor.call('POST', path(99999), { reason: 'x' })).status, 404);
      assert.equal((await editor.call('POST', `/petitions/open/signatures/${one!.id}/invalidate`, { reason: 'x' })).status, 404);
      assert.equal((await moderator.call('POST', path(one!.id), { reason: 'x' })).status, 403);
      await assertInvariants(server.ctx.db);
    });

    test('bulk invalidation by e-mail domain or network within a window: a dry run counts and changes nothing, then counts are corrected', async () => {
      await petition('bulk');
      const t0 = Date.UTC(2031, 2, 3, 10, 0, 0);
      const shared = '203.0.113.5';
      await at(server, t0 - 2 * HOUR, () => sign('bulk', 'spam0@spam.example', { confirm: true }));
      await at(server, t0 + 5 * MINUTE, async () => {
        await sign('bulk', 'spam1@spam.example', { confirm: true, network: shared });
        await sign('bulk', 'Spam2@SPAM.example', { confirm: true });
        await sign('bulk', 'spam3@spam.example');
        await sign('bulk', 'fine1@city.example', { confirm: true, network: shared });
        await sign('bulk', 'fine2@city.example', { confirm: true });
      });
      await at(server, t0 + 2 * HOUR, () => sign('bulk', 'fine3@city.example', { confirm: true, network: shared }));
      assert.equal(await count('bulk'), 6);
      const window = { from: new Date(t0).toISOString(), to: new Date(t0 + HOUR).toISOString() };
      const bulk = (query: string, body: unknown) => editor.call('POST', `/petitions/bulk/signatures/invalidate${query}`, body);

      const before = await statuses('bulk');
      const dry = (await (await bulk('?dryRun=true', { domain: '@SPAM.example.', ...window })).json()) as Bulk;
      assert.deepEqual(dry, { dryRun: true, matched: { confirmed: 2, pending: 1 }, invalidated: 0, signatureCount: 6 });
      assert.deepEqual(await statuses('bulk'), before, 'a dry run changes nothing');
      assert.deepEqual(await auditOf('action=signature.invalidate-matching'), [], 'and is not an action');

      // Refused, and nothing changes: no reason, both or neither criterion, an empty window, no domain, a bad network.
      for (const body of [
        { domain: 'spam.example', ...window },
        { domain: 'spam.example', network: 'abc', ...window, reason: 'x' },
        { ...window, reason: 'x' },
        { domain: 'spam.example', from: window.to, to: window.from, reason: 'x' },
        { domain: 'not a domain', ...window, reason: 'x' },
        { domain: 'a@spam.example', ...window, reason: 'x' },
        { network: 'has spaces', ...window, reason: 'x' },
        { domain: 'spam.example', from: 'yesterday', to: window.to, reason: 'x' },
      ])
        assert.equal((await bulk('', body)).status, 422, JSON.stringify(body));
      assert.deepEqual(await statuses('bulk'), before);
      assert.equal(
        (
          await moderator.call('POST', '/petitions/bulk/signatures/invalidate', {
            domain: 'spam.example',
            ...window,
            reason: 'x',
          })
        ).status,
        403,
      );

      const live = await liveStream(server, ['petition:bulk']);
      const done = (await (await bulk('', { domain: 'spam.example', ...window, reason: 'Disposable domain' })).json()) as Bulk;
      assert.deepEqual(done, { dryRun: false, matched: { confirmed: 2, pending: 1 }, invalidated: 3, signatureCount: 4 });
      assert.equal(await count('bulk'), 4);
      assert.deepEqual(await live.next((e) => e.type === 'petition.count'), {
        type: 'petition.count',
        petitionId: 'bulk',
        signatureCount: 4,
      });
      live.close();
      assert.deepEqual(await statuses('bulk'), [
        'fine1@city.example:confirmed',
        'fine2@city.example:confirmed',
        'fine3@city.example:confirmed',
        'spam0@spam.example:confirmed',
        'spam1@spam.example:invalidated',
        'spam2@spam.example:invalidated',
        'spam3@spam.example:invalidated',
      ]);
      const [entry] = await auditOf('action=signature.invalidate-matching&resourceId=bulk');
      assert.equal(entry?.detail, 'Disposable domain');
      assert.deepEqual((entry?.after as { criteria: unknown }).criteria, { domain: 'spam.example', ...window });
      await assertInvariants(server.ctx.db);
      const again = (await (await bulk('', { domain: 'spam.example', ...window, reason: 'Again' })).json()) as Bulk;
      assert.deepEqual([again.matched, again.invalidated], [{ confirmed: 0, pending: 0 }, 0]);

      // One network, as a signature or the abuse watch names it: only inside the window.
      const [fine1] = await find(editor, 'bulk', 'fine1@city.example');
      assert.ok(fine1?.network);
      const byNetwork = (await (
        await bulk('', { network: fine1.network, ...window, reason: 'One office, one bot' })
      ).json()) as Bulk;
      assert.deepEqual(byNetwork, { dryRun: false, matched: { confirmed: 1, pending: 0 }, invalidated: 1, signatureCount: 3 });
      assert.deepEqual(
        (await statuses('bulk')).filter((s) => s.endsWith(':confirmed')),
        ['fine2@city.example:confirmed', 'fine3@city.example:confirmed', 'spam0@spam.example:confirmed'],
      );
      await assertInvariants(server.ctx.db);
    });

    test('a bulk invalidation racing confirmations: every matching signature ends invalidated and the count stays exact', async () => {
      await petition('race');
      const emails = Array.from({ length: 20 }, (_, i) => `racer${i}@race.example`);
      for (const email of emails) await sign('race', email);
      const links: string[] = [];
      for (const email of emails) links.push((await server.lastConfirmToken(email))!);
      const window = { from: new Date(Date.now() - HOUR).toISOString(), to: new Date(Date.now() + HOUR).toISOString() };
      const [bulk, ...confirmations] = await Promise.all([
        editor.call('POST', '/petitions/race/signatures/invalidate', { domain: 'race.example', ...window, reason: 'Race' }),
        ...links.map((token) => fetch(`${server.api}/confirm/${token}`, { method: 'POST' })),
      ]);
      assert.equal(bulk!.status, 200);
      // Each confirmation happened before the invalidation (200), or found its link dead (404).
      assert.deepEqual(new Set(confirmations.map((r) => r.status).filter((s) => s !== 200 && s !== 404)), new Set());
      assert.deepEqual(
        new Set(await statuses('race')),
        new Set(emails.map((e) => `${e}:invalidated`)),
        'none escaped the invalidation',
      );
      assert.equal(await count('race'), 0);
      await assertInvariants(server.ctx.db);
    });

    test("the abuse watch: the last hour's domains and networks with most signatures, with counts", async () => {
      await petition('watch');
      const now = Date.UTC(2031, 5, 1, 12, 0, 0);
      // Networks are /24s: each of these is one.
      const burst = '192.0.2.10';
      await at(server, now - 100 * MINUTE, async () => {
        for (let i = 0; i < 5; i++) await sign('watch', `old${i}@old.example`);
      });
      await at(server, now - 30 * MINUTE, async () => {
        for (let i = 0; i < 3; i++) await sign('watch', `b${i}@burst.example`, { network: burst, confirm: i === 0 });
        await sign('watch', 'b3@burst.example', { network: '198.19.7.1' });
        await sign('watch', 'c1@city.example', { network: '198.19.8.1' });
        await sign('watch', 'c2@city.example', { network: '198.19.9.1' });
        await sign('watch', 'someone@googlemail.com', { network: '198.19.10.1' });
      });
      const [b1] = await find(editor, 'watch', 'b1@burst.example');
      await editor.json('POST', `/petitions/watch/signatures/${b1!.id}/invalidate`, { reason: 'Bot' });

      type Watch = {
        total: number;
        from: string;
        to: string;
        domains: { domain: string; signatures: number; confirmed: number; invalidated: number }[];
        networks: { network: string; signatures: number; confirmed: number; invalidated: number }[];
      };
      const watch = (query = '') =>
        at(
          server,
          now,
          async () => (await (await asAdmin(server, 'GET', `/petitions/watch/abuse-watch${query}`)).json()) as Watch,
        );
      const hour = await watch();
      assert.equal(hour.total, 7);
      assert.deepEqual([hour.from, hour.to], [new Date(now - HOUR).toISOString(), new Date(now).toISOString()]);
      assert.deepEqual(hour.domains, [
        { domain: 'burst.example', signatures: 4, confirmed: 1, invalidated: 1 },
        { domain: 'city.example', signatures: 2, confirmed: 0, invalidated: 0 },
        { domain: 'gmail.com', signatures: 1, confirmed: 0, invalidated: 0 },
      ]);
      assert.deepEqual(
        hour.networks.map((x) => [x.signatures, x.confirmed, x.invalidated]),
        [
          [3, 1, 1],
          [1, 0, 0],
          [1, 0, 0],
          [1, 0, 0],
          [1, 0, 0],
        ],
      );
      assert.equal(hour.networks[0]!.network, b1!.network, 'networks are named as signatures name them');
      const longer = await watch('?minutes=120');
      assert.deepEqual(longer.domains[0], { domain: 'old.example', signatures: 5, confirmed: 0, invalidated: 0 });
      assert.equal(longer.total, 12);
      assert.equal((await asAdmin(server, 'GET', '/petitions/watch/abuse-watch?minutes=1')).status, 422);
      assert.equal((await asAdmin(server, 'GET', '/petitions/nope/abuse-watch')).status, 404);
      assert.equal((await moderator.call('GET', '/petitions/watch/abuse-watch')).status, 403);
    });

    test('the official response is drafted, previewed as citizens would see it, and public only once published', async () => {
      await petition('answer', { milestones: [{ count: 1, label: 'Response' }] });
      assert.deepEqual(
        (
          await editor.json<{ draft: unknown; preview: { petition: { response: unknown } } }>(
            'GET',
            '/petitions/answer/response-draft',
          )
        ).draft,
        null,
      );
      const saved = await editor.json<{ body: string; updatedBy: string }>('PUT', '/petitions/answer/response-draft', {
        body: '  The council will  act.\r\n',
      });
      assert.deepEqual([saved.body, saved.updatedBy], ['The council will  act.', editor.email]);
      const { draft, preview } = await editor.json<{
        draft: { body: string };
        preview: { petition: { id: string; response: { body: string } | null } };
      }>('GET', '/petitions/answer/response-draft');
      assert.equal(draft.body, 'The council will  act.');
      assert.equal(preview.petition.response?.body, 'The council will  act.', 'previewed with the draft');
      const publicView = (await (await fetch(`${server.api}/petitions/answer`)).json()) as { petition: { response: unknown } };
      assert.equal(publicView.petition.response, null, 'never public as a draft');

      await editor.json('POST', '/petitions/answer/response', { body: draft.body });
      const published = (await (await fetch(`${server.api}/petitions/answer`)).json()) as {
        petition: { response: { body: string } };
      };
      assert.equal(published.petition.response.body, 'The council will  act.');
      assert.equal((await editor.call('DELETE', '/petitions/answer/response-draft')).status, 204);
      assert.equal((await editor.call('DELETE', '/petitions/answer/response-draft')).status, 404);
      assert.equal((await editor.call('PUT', '/petitions/answer/response-draft', { body: '' })).status, 422);
      assert.equal((await editor.call('PUT', '/petitions/nope/response-draft', { body: 'x' })).status, 404);
      assert.equal((await moderator.call('GET', '/petitions/answer/response-draft')).status, 403);
    });
  });
}
