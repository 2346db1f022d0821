import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertInvariants } from './test-support/invariants.js';
import { ADMIN_TOKEN, type TestServer, signAs, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * An admin erases what is held about a person by e-mail address (a data
 * subject's request): found however the address is spelt, through its keyed
 * hash; confirmed signatures keep counting, anonymous; unconfirmed ones go;
 * the audit log records the erasure without the address.
 */
const content = {
  petitions: [
    { id: 'trees', title: 'Plant trees', goal: 10, regions: [{ id: 'north', label: 'North' }] },
    { id: 'lights', title: 'Street lights', goal: 10 },
  ],
};

for (const { name, url } of testDatabaseUrls()) {
  describe(`Erasing a person's data on ${name}`, () => {
    let server: TestServer;
    before(async () => (server = await startTestServer(url, content)));
    after(() => server?.close());

    const sign = (petitionId: string, email: string, who: string, extra: Record<string, unknown> = {}) =>
      signAs(server, petitionId, who, { name: `Name of ${who}`, email, showName: true, ...extra });
    const confirm = async (email: string) => {
      const token = await server.lastConfirmToken(email);
      // The confirmation page's own form: same origin.
      const res = await fetch(`${server.api}/confirm/${token}`, { method: 'POST', headers: { origin: server.base } });
      assert.equal(res.status, 200, `confirmed ${email}`);
    };
    const erase = (email: string) =>
      fetch(`${server.api}/admin/people/erase`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ email }),
      });
    const signatures = () => server.ctx.db.selectFrom('signatures').selectAll().orderBy('id').execute();
    const counts = async () =>
      Object.fromEntries(
        (await server.ctx.db.selectFrom('petitions').select(['id', 'signature_count']).execute()).map((p) => [
          p.id,
          p.signature_count,
        ]),
      );

    test('confirmed signatures stay counted with nothing naming the person; unconfirmed go; others untouched', async () => {
      assert.equal((await sign('trees', 'ada@example.org', 'ada', { regionId: 'north' })).status, 202);
      await confirm('ada@example.org');
      assert.equal((await sign('lights', 'Ada+lights@Example.org', 'ada')).status, 202); // never confirmed
      assert.equal((await sign('trees', 'bo@example.org', 'bo', { regionId: 'north' })).status, 202);
      await confirm('bo@example.org');
      const before = await counts();
      assert.deepEqual(before, { trees: 2, lights: 0 });

      // Spelt another way: still the same mailbox.
      const res = await erase('ADA+whatever@Example.org');
      assert.equal(res.status, 200, await res.clone().text());
      assert.deepEqual(await res.json(), {
        petitions: ['lights', 'trees'],
        anonymised: 1,
        deleted: 1,
        mailsRedacted: 2,
        replySubscriptions: 0,
      });
      const outbox = await server.ctx.db.selectFrom('outbox').select(['to_addr', 'text', 'link']).execute();
      assert.doesNotMatch(JSON.stringify(outbox), /ada(\+lights)?@example\.org/i, 'no mail holds the address');

      assert.deepEqual(await counts(), before, 'counts unchanged');
      const rows = await signatures();
      assert.equal(rows.length, 2, 'the unconfirmed signature is gone');
      const ada = rows.find((r) => r.name !== 'Name of bo')!;
      assert.equal(ada.status, 'confirmed');
      assert.equal(ada.region_id, 'north', 'counts by region stay right');
      for (const field of ['email', 'email_key', 'email_domain', 'token_hash', 'ip'] as const)
        assert.equal(ada[field], null, field);
      assert.equal(ada.name, '');
      assert.equal(ada.show_name, 0);
      const bo = rows.find((r) => r.name === 'Name of bo')!;
      assert.equal(bo.email, 'bo@example.org', 'another person is untouched');

      const view = (await (await fetch(`${server.api}/petitions/trees`)).json()) as { recentSigners: { name: string }[] };
      assert.deepEqual(
        view.recentSigners.map((s) => s.name),
        ['Name of bo'],
      );
      const log = await server.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'person.erase').execute();
      assert.equal(log.length, 1);
      assert.doesNotMatch(JSON.stringify(log), /ada/i, 'the audit log does not hold the erased address');
      await assertInvariants(server.ctx.db);

      // Again: nothing left to erase.
      assert.deepEqual(await (await erase('ada@example.org')).json(), {
        petitions: [],
        anonymised: 0,
        deleted: 0,
        mailsRedacted: 0,
        replySubscriptions: 0,
      });
    });

    test('a bad address is a 422 that changes nothing', async () => {
      const before = JSON.stringify(await signatures());
      const res = await erase('not an address');
      assert.equal(res.status, 422);
      assert.equal(JSON.stringify(await signatures()), before);
    });
  });
}
