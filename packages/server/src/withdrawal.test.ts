import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertInvariants } from './test-support/invariants.js';
import { ADMIN_TOKEN, type TestServer, signAs, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * A signer withdraws their signature with the link in their confirmation
 * e-mail (the same token under /withdraw/): opening it changes nothing; the
 * page's button takes the signature back while the petition is open, and the
 * count follows. Other origins cannot do it for them.
 */
const content = {
  petitions: [
    { id: 'trees', title: 'Plant trees', goal: 10, regions: [{ id: 'north', label: 'North' }] },
    { id: 'shut', title: 'Closed one', goal: 10 },
  ],
};

for (const { name, url } of testDatabaseUrls()) {
  describe(`Withdrawing a signature on ${name}`, () => {
    let server: TestServer;
    before(async () => (server = await startTestServer(url, content)));
    after(() => server?.close());

    const sign = (petitionId: string, email: string, who: string) =>
      signAs(server, petitionId, who, {
        name: who,
        email,
        showName: true,
        lang: 'de',
        ...(petitionId === 'trees' ? { regionId: 'north' } : {}),
      });
    const page = (path: string, token: string, method = 'GET', headers: Record<string, string> = {}) =>
      fetch(`${server.api}/${path}/${token}`, { method, headers });
    const count = async (id: string) =>
      (await server.ctx.db.selectFrom('petitions').select('signature_count').where('id', '=', id).executeTakeFirstOrThrow())
        .signature_count;

    test('the mail carries the link; opening it changes nothing; the page’s button withdraws and the count follows', async () => {
      assert.equal((await sign('trees', 'ada@example.org', 'ada')).status, 202);
      const token = (await server.lastConfirmToken('ada@example.org'))!;
      const mail = await server.ctx.db
        .selectFrom('outbox')
        .selectAll()
        .where('to_addr', '=', 'ada@example.org')
        .executeTakeFirstOrThrow();
      assert.match(mail.text, /\[withdraw-link\]/, 'stored with a placeholder, never the live link');
      assert.doesNotMatch(mail.text, /\/withdraw\/[A-Za-z0-9_-]{16}/);

      assert.equal((await page('confirm', token, 'POST', { origin: server.base })).status, 200);
      assert.equal(await count('trees'), 1);
      const confirmed = await (await page('confirm', token)).text();
      assert.ok(confirmed.includes(`href="../withdraw/${token}"`), 'the confirmed page links to withdrawing');

      const shown = await page('withdraw', token);
      assert.equal(shown.status, 200);
      const html = await shown.text();
      assert.match(html, /<html lang="de"/, 'in the signer’s language');
      assert.match(html, /<button type="submit">/);
      assert.equal(await count('trees'), 1, 'opening the link changes nothing');

      const foreign = await page('withdraw', token, 'POST', {
        origin: 'https://elsewhere.example',
        'sec-fetch-site': 'cross-site',
      });
      assert.equal(foreign.status, 403);
      assert.equal(await count('trees'), 1, 'another site cannot withdraw it');

      const done = await page('withdraw', token, 'POST', { origin: server.base });
      assert.equal(done.status, 200);
      assert.doesNotMatch(await done.text(), /<button/);
      assert.equal(await count('trees'), 0);
      const rows = await server.ctx.db.selectFrom('signatures').selectAll().where('petition_id', '=', 'trees').execute();
      assert.equal(rows.length, 0, 'the signature, name and address are gone');
      const view = (await (await fetch(`${server.api}/petitions/trees`)).json()) as {
        recentSigners: unknown[];
        countsByRegion: unknown;
      };
      assert.deepEqual(view.recentSigners, []);
      await assertInvariants(server.ctx.db);

      assert.equal((await page('withdraw', token, 'POST', { origin: server.base })).status, 404, 'twice: nothing left');
      // They can sign again.
      assert.equal((await sign('trees', 'ada@example.org', 'ada')).status, 202);
    });

    test('an unconfirmed signature can be withdrawn; a closed petition’s cannot; a made-up token is 404', async () => {
      assert.equal((await sign('trees', 'bo@example.org', 'bo')).status, 202);
      const pending = (await server.lastConfirmToken('bo@example.org'))!;
      assert.equal((await page('withdraw', pending, 'POST', { origin: server.base })).status, 200);
      assert.equal((await page('confirm', pending)).status, 404, 'its confirmation link is gone too');

      assert.equal((await sign('shut', 'cy@example.org', 'cy')).status, 202);
      const token = (await server.lastConfirmToken('cy@example.org'))!;
      assert.equal((await page('confirm', token, 'POST', { origin: server.base })).status, 200);
      const closed = await fetch(`${server.api}/admin/petitions/shut/close`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      assert.equal(closed.status, 200, await closed.clone().text());
      const refused = await page('withdraw', token, 'POST', { origin: server.base });
      assert.equal(refused.status, 423);
      assert.equal(await count('shut'), 1, 'a closed petition’s count does not change');
      assert.equal((await page('withdraw', 'made-up-token-0000000000', 'GET')).status, 404);
      await assertInvariants(server.ctx.db);
    });
  });
}
