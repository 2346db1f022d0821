import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditView } from './domain/audit.js';
import { applyRetention } from './domain/retention.js';
import { type StaffMember, asAdmin, citizen, signedIn } from './test-support/console.js';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Archiving content (POST /admin/{kind}/{id}/archive and /unarchive): an
 * archived poll, discussion, petition or service answers citizens' writes as
 * a closed one does and changes nothing; what it shows stays readable, as
 * when closed; staff cannot change it until they unarchive it, which gives
 * back exactly what was stored; both are audited, and only roles with
 * content.write may do them.
 */

const TABLES = [
  'polls',
  'poll_tallies',
  'ballots',
  'threads',
  'comments',
  'upvotes',
  'reports',
  'petitions',
  'signatures',
  'services',
  'ratings',
  'audit_log',
] as const;

const ann = { token: 'archive-ann', network: '198.18.10.1' };
const bob = { token: 'archive-bob', network: '198.18.11.1' };

for (const { name, url } of testDatabaseUrls()) {
  describe(`Archiving content on ${name}`, () => {
    let server: TestServer;
    let editor: StaffMember;

    before(async () => {
      server = await startTestServer(url);
      editor = await signedIn(server, 'editor');
    });
    after(() => server.close());

    /** Every row of the content tables and the audit log, in a stable order. */
    async function snapshot(): Promise<string> {
      const rows: Record<string, unknown[]> = {};
      for (const table of TABLES)
        rows[table] = (await server.ctx.db.selectFrom(table).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
      return JSON.stringify(rows);
    }

    /** A citizen's write, expected to be refused as a closed resource's is (423 `closed`). */
    async function refusedAsClosed(who: typeof ann, method: string, path: string, body?: unknown): Promise<void> {
      const res = await citizen(server, who, method, path, body);
      const problem = (await res.json()) as { code: string };
      assert.equal(res.status, 423, `${method} ${path}`);
      assert.equal(problem.code, 'closed', `${method} ${path}`);
    }

    const publicJson = async <T>(path: string, who = bob): Promise<T> => {
      const res = await citizen(server, who, 'GET', path);
      assert.equal(res.status, 200, path);
      return (await res.json()) as T;
    };

    /** The audit entries about one resource, oldest first. */
    async function auditOf(id: string): Promise<AuditView[]> {
      const res = await asAdmin(server, 'GET', `/audit?resourceId=${id}`);
      assert.equal(res.status, 200);
      return ((await res.json()) as AuditView[]).reverse();
    }

    /** Staff changes to an archived resource are refused (423) until it is unarchived; archiving it again is 409. */
    async function staffWritesRefused(kind: string, id: string, definition: unknown): Promise<void> {
      for (const [method, path, body] of [
        ['PUT', `/${kind}/${id}`, definition],
        ['POST', `/${kind}/${id}/open`, undefined],
        ['POST', `/${kind}/${id}/close`, undefined],
      ] as const) {
        const res = await editor.call(method, path, body);
        assert.equal(res.status, 423, `${method} ${path}: ${await res.clone().text()}`);
        assert.match(((await res.json()) as { detail: string }).detail, /archived: unarchive it/);
      }
      assert.equal((await editor.call('POST', `/${kind}/${id}/archive`)).status, 409, 'already archived');
    }

    test('an archived poll takes no votes, shows its results as when closed, and comes back as it was', async () => {
      await editor.json(
        'POST',
        '/polls',
        {
          id: 'depot',
          question: 'Where should the new bus depot go?',
          options: [
            { id: 'north', label: 'North' },
            { id: 'south', label: 'South' },
          ],
          resultsVisibility: 'after-close',
          allowChange: true,
        },
        201,
      );
      assert.equal((await citizen(server, ann, 'POST', '/polls/depot/votes', { choices: ['north'] })).status, 200);
      const stored = await editor.json<Record<string, unknown>>('GET', '/polls/depot');
      assert.equal((await publicJson<{ results: unknown }>('/polls/depot')).results, null, 'results only after close');

      const archived = await editor.json<{ status: string; archivedAt: string }>('POST', '/polls/depot/archive');
      assert.equal(archived.status, 'open', 'the stored status is kept');
      assert.ok(!Number.isNaN(Date.parse(archived.archivedAt)));
      const unchanged = await snapshot();

      await refusedAsClosed(ann, 'POST', '/polls/depot/votes', { choices: ['south'] });
      await refusedAsClosed(bob, 'POST', '/polls/depot/votes', { choices: ['south'] });
      // Citizens see it closed, with the results a closed poll shows, and nothing of the archive.
      const seen = await publicJson<{ poll: Record<string, unknown>; results: { totalParticipants: number } | null }>(
        '/polls/depot',
      );
      assert.equal(seen.poll['status'], 'closed');
      assert.equal('archivedAt' in seen.poll, false);
      assert.equal(seen.results?.totalParticipants, 1);
      const preview = await editor.json<{ poll: Record<string, unknown> }>('GET', '/polls/depot/preview');
      assert.equal(preview.poll['status'], 'closed', 'the console preview shows what citizens see');
      const listed = await editor.json<{ id: string; archivedAt?: string; participants: number }[]>('GET', '/polls');
      assert.deepEqual(
        listed.filter((p) => p.id === 'depot').map((p) => [p.archivedAt, p.participants]),
        [[archived.archivedAt, 1]],
        'staff lists carry archivedAt',
      );
      await staffWritesRefused('polls', 'depot', { question: 'Changed?', options: stored['options'] });
      assert.equal(await snapshot(), unchanged, 'refused writes changed nothing');

      assert.deepEqual(await editor.json('POST', '/polls/depot/unarchive'), stored, 'back as it was stored');
      assert.deepEqual(await editor.json('GET', '/polls/depot'), stored);
      assert.equal((await publicJson<{ results: unknown }>('/polls/depot')).results, null, 'open again: results after close');
      assert.equal((await citizen(server, bob, 'POST', '/polls/depot/votes', { choices: ['south'] })).status, 200);
      assert.equal((await editor.call('POST', '/polls/depot/unarchive')).status, 409, 'not archived');

      const entries = await auditOf('depot');
      assert.deepEqual(
        entries.map((e) => [e.action, e.actor.email, e.resource?.kind]),
        [
          ['adminCreatePoll', editor.email, 'poll'],
          ['adminArchivePoll', editor.email, 'poll'],
          ['adminUnarchivePoll', editor.email, 'poll'],
        ],
      );
      const [, archiving, unarchiving] = entries;
      assert.deepEqual(archiving?.before, stored);
      assert.deepEqual(archiving?.after, { ...stored, archivedAt: archived.archivedAt });
      assert.deepEqual(unarchiving?.before, { ...stored, archivedAt: archived.archivedAt });
      assert.deepEqual(unarchiving?.after, stored);
    });

    test('an archived discussion takes no comments, replies, upvotes or reports; its comments stay readable', async () => {
      await editor.json('POST', '/threads', { id: 'park', title: 'The new park' }, 201);
      const res = await citizen(server, ann, 'POST', '/threads/park/comments', { body: 'More trees, please.' });
      assert.equal(res.status, 201);
      const { id: commentId } = (await res.json()) as { id: string };
      const stored = await editor.json<Record<string, unknown>>('GET', '/threads/park');

      await editor.json('POST', '/threads/park/archive');
      const unchanged = await snapshot();
      await refusedAsClosed(bob, 'POST', '/threads/park/comments', { body: 'And benches.' });
      await refusedAsClosed(bob, 'POST', '/threads/park/comments', { body: 'Agreed.', parentId: commentId });
      await refusedAsClosed(bob, 'PUT', `/threads/park/comments/${commentId}/upvote`);
      await refusedAsClosed(bob, 'DELETE', `/threads/park/comments/${commentId}/upvote`);
      await refusedAsClosed(bob, 'POST', `/threads/park/comments/${commentId}/reports`, { reason: 'spam' });
      const thread = await publicJson<Record<string, unknown>>('/threads/park');
      assert.equal(thread['status'], 'closed');
      assert.equal(thread['commentCount'], 1);
      assert.equal('archivedAt' in thread, false);
      const page = await publicJson<{ items: { body: string }[] }>('/threads/park/comments');
      assert.deepEqual(
        page.items.map((c) => c.body),
        ['More trees, please.'],
      );
      await staffWritesRefused('threads', 'park', { title: 'Changed' });
      assert.equal(await snapshot(), unchanged);

      assert.deepEqual(await editor.json('POST', '/threads/park/unarchive'), stored);
      assert.equal((await citizen(server, bob, 'POST', '/threads/park/comments', { body: 'And benches.' })).status, 201);
    });

    test('an archived petition takes no signatures nor confirmations, and keeps its count and response', async () => {
      await editor.json('POST', '/petitions', { id: 'library', title: 'Keep the library open on Sundays', goal: 100 }, 201);
      await editor.json('POST', '/petitions/library/response', { body: 'The council will look at the budget.' });
      const sign = (who: typeof ann, email: string) =>
        citizen(server, who, 'POST', '/petitions/library/signatures', { name: 'A. Person', email, consent: true });
      const tokenOf = async (email: string) => {
        const token = await server.lastConfirmToken(email);
        assert.ok(token);
        return token;
      };
      const confirm = async (email: string) => fetch(`${server.api}/confirm/${await tokenOf(email)}`, { method: 'POST' });
      const withdraw = async (email: string) => fetch(`${server.api}/withdraw/${await tokenOf(email)}`, { method: 'POST' });
      assert.equal((await sign(ann, 'ann@example.org')).status, 202);
      assert.equal((await confirm('ann@example.org')).status, 200);
      // Bob signs but has not confirmed yet when it is archived.
      assert.equal((await sign(bob, 'bob@example.org')).status, 202);
      const stored = await editor.json<Record<string, unknown>>('GET', '/petitions/library');
      const closedMs = async () =>
        (await server.ctx.db.selectFrom('petitions').select('closed_ms').where('id', '=', 'library').executeTakeFirstOrThrow())
          .closed_ms;

      await editor.json('POST', '/petitions/library/archive');
      assert.notEqual(await closedMs(), null, 'archived counts as closed for retention');
      await applyRetention(server.ctx);
      assert.notEqual(await closedMs(), null, 'the hourly job sees it closed too');
      const unchanged = await snapshot();
      await refusedAsClosed(bob, 'POST', '/petitions/library/signatures', {
        name: 'C. Person',
        email: 'carol@example.org',
        consent: true,
      });
      assert.equal((await confirm('bob@example.org')).status, 423, 'a pending link confirms nothing');
      assert.equal((await withdraw('ann@example.org')).status, 423, 'nor can a signature be withdrawn');
      const seen = await publicJson<{ petition: Record<string, unknown> }>('/petitions/library');
      assert.equal(seen.petition['status'], 'closed');
      assert.equal(seen.petition['signatureCount'], 1);
      assert.deepEqual(seen.petition['response'], stored['response']);
      assert.equal('archivedAt' in seen.petition, false);
      await staffWritesRefused('petitions', 'library', { title: 'Changed', goal: 100 });
      assert.equal(
        (await editor.call('POST', '/petitions/library/response', { body: 'Another answer.' })).status,
        423,
        'no response to an archived petition',
      );
      assert.equal(await snapshot(), unchanged);

      assert.deepEqual(await editor.json('POST', '/petitions/library/unarchive'), stored);
      assert.equal(await closedMs(), null, 'open again');
      assert.equal((await confirm('bob@example.org')).status, 200, 'the pending link works again');
      assert.equal((await publicJson<{ petition: { signatureCount: number } }>('/petitions/library')).petition.signatureCount, 2);
    });

    test('an archived service takes no ratings nor follow-ups, and keeps showing its aggregate', async () => {
      await editor.json('POST', '/services', { id: 'bins', name: 'Bin collection', question: 'How was it?' }, 201);
      const rated = await citizen(server, ann, 'POST', '/services/bins/ratings', { score: 4 });
      assert.equal(rated.status, 200);
      const { ratingId } = (await rated.json()) as { ratingId: string };
      const aggregate = (await publicJson<{ aggregate: unknown }>('/services/bins')).aggregate;
      const stored = await editor.json<Record<string, unknown>>('GET', '/services/bins');

      await editor.json('POST', '/services/bins/archive');
      const unchanged = await snapshot();
      await refusedAsClosed(bob, 'POST', '/services/bins/ratings', { score: 2 });
      await refusedAsClosed(ann, 'POST', '/services/bins/ratings', { score: 1 });
      await refusedAsClosed(ann, 'PATCH', `/services/bins/ratings/${ratingId}`, { comment: 'Late again.' });
      const seen = await publicJson<{ service: Record<string, unknown>; aggregate: unknown }>('/services/bins');
      assert.equal(seen.service['status'], 'closed');
      assert.deepEqual(seen.aggregate, aggregate);
      await staffWritesRefused('services', 'bins', { name: 'Changed', question: 'How was it?' });
      assert.equal(await snapshot(), unchanged);

      assert.deepEqual(await editor.json('POST', '/services/bins/unarchive'), stored);
      assert.equal((await citizen(server, bob, 'POST', '/services/bins/ratings', { score: 2 })).status, 200);
    });

    test('an archived draft stays unseen; unarchived, it is a draft again', async () => {
      const poll = {
        id: 'draft-poll',
        question: 'Not asked yet?',
        options: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        status: 'draft',
      };
      await editor.json('POST', '/polls', poll, 201);
      await editor.json('POST', '/polls/draft-poll/archive');
      assert.equal((await citizen(server, bob, 'GET', '/polls/draft-poll')).status, 404);
      assert.equal((await editor.json<{ status: string }>('POST', '/polls/draft-poll/unarchive')).status, 'draft');
      assert.equal((await citizen(server, bob, 'GET', '/polls/draft-poll')).status, 404);
    });

    test('only roles with content.write may archive or unarchive; refusals change nothing', async () => {
      await editor.json('POST', '/threads', { id: 'roles-thread', title: 'Roles' }, 201);
      const moderator = await signedIn(server, 'moderator');
      const analyst = await signedIn(server, 'analyst');
      const admin = await signedIn(server, 'admin');
      const unchanged = await snapshot();
      for (const member of [moderator, analyst])
        for (const action of ['archive', 'unarchive'])
          assert.equal((await member.call('POST', `/threads/roles-thread/${action}`)).status, 403, `${member.email} ${action}`);
      assert.equal(await snapshot(), unchanged);
      for (const member of [admin, editor]) {
        await member.json('POST', '/threads/roles-thread/archive');
        await member.json('POST', '/threads/roles-thread/unarchive');
      }
      assert.equal((await asAdmin(server, 'POST', '/threads/roles-thread/archive')).status, 200, 'the break-glass token');
      assert.equal((await editor.call('POST', '/threads/no-such-thread/archive')).status, 404);
    });
  });
}
