import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { publicRoutes } from './http/public-routes.js';
import { type StaffMember, asAdmin, at, citizen, signedIn } from './test-support/console.js';
import { assertInvariants } from './test-support/invariants.js';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * The console's moderation through the real API: one queue across threads,
 * a thread's comments searched, a participant's other comments, decisions
 * with reasons (one and many) in the audit log, and blocks enforced on every
 * public write.
 */

interface Item {
  id: string;
  threadId: string;
  status: string;
  body: string;
  reportCount: number;
  reports: { reason: string; note: string | null; at: string }[];
  reasonCounts: { reason: string; count: number }[];
  settledReportCount: number;
  participantKnown: boolean;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}
interface Queue extends Page {
  counts: { pending: number; reported: number };
  nextSince: string;
}
interface AuditEntry {
  action: string;
  resource: { kind: string; id: string } | null;
  before: { status?: string } | null;
  after: { status?: string } | null;
  detail: string | null;
  actor: { email: string | null };
}

const HOUR = 3_600_000;

for (const { name, url } of testDatabaseUrls()) {
  describe(`Console moderation on ${name}`, () => {
    let server: TestServer;
    let moderator: StaffMember;
    let editor: StaffMember;
    let n = 0;
    /** A participant of their own, on a network of their own unless given one. */
    const person = (label: string, network?: string) => ({
      token: `mod-${label}-${name.toLowerCase()}`,
      network: network ?? `198.18.${++n}.7`,
    });
    async function comment(who: { token: string; network: string }, threadId: string, body: string): Promise<string> {
      const res = await citizen(server, who, 'POST', `/threads/${threadId}/comments`, { body });
      assert.equal(res.status, 201, await res.clone().text());
      return ((await res.json()) as { id: string }).id;
    }
    async function report(who: { token: string; network: string }, threadId: string, id: string, reason: string, note?: string) {
      const res = await citizen(server, who, 'POST', `/threads/${threadId}/comments/${id}/reports`, {
        reason,
        ...(note ? { note } : {}),
      });
      assert.equal(res.status, 204, await res.text());
    }
    async function thread(id: string, moderation: 'pre' | 'post', reportThreshold = 5) {
      const res = await asAdmin(server, 'POST', '/threads', { id, title: id, moderation, reportThreshold });
      assert.equal(res.status, 201, await res.text());
    }
    const auditAsAdmin = async (query: string) =>
      (await (await asAdmin(server, 'GET', `/audit?${query}`)).json()) as AuditEntry[];

    before(async () => {
      server = await startTestServer(url, conformanceFixture());
      moderator = await signedIn(server, 'moderator');
      editor = await signedIn(server, 'editor');
    });
    after(() => server.close());

    test('one queue across threads: pending and reported comments with reasons, notes and counts; filters, order, pages, since', async () => {
      await thread('queue-pre-a', 'pre');
      await thread('queue-pre-b', 'pre');
      await thread('queue-post', 'post', 2);
      const author = person('queue-author');
      const p1 = await comment(author, 'queue-pre-a', 'Pending in A');
      const p2 = await comment(author, 'queue-pre-b', 'Pending in B');
      const r1 = await comment(author, 'queue-post', 'Reported twice');
      const r2 = await comment(author, 'queue-post', 'Reported once');
      await comment(author, 'queue-post', 'Nobody minds this one');
      await report(person('queue-r1'), 'queue-post', r1, 'abuse', 'Insults a neighbour');
      await report(person('queue-r2'), 'queue-post', r1, 'abuse');
      await report(person('queue-r3'), 'queue-post', r2, 'spam', 'Advert');

      const mine = (q: Queue) => q.items.filter((i) => i.threadId.startsWith('queue-')).map((i) => i.id);
      const all = await moderator.json<Queue>('GET', '/moderation/queue?kind=all&sort=oldest&limit=100');
      assert.deepEqual(mine(all), [p1, p2, r1, r2], 'oldest first, across threads');
      const twice = all.items.find((i) => i.id === r1)!;
      assert.equal(twice.status, 'hidden', 'hidden by two networks reporting');
      assert.equal(twice.reportCount, 2);
      assert.deepEqual(twice.reasonCounts, [{ reason: 'abuse', count: 2 }]);
      assert.deepEqual(
        twice.reports.map((r) => [r.reason, r.note]).sort(),
        [
          ['abuse', 'Insults a neighbour'],
          ['abuse', null],
        ].sort(),
      );
      assert.deepEqual(
        all.items.find((i) => i.id === r2)!.reports.map((r) => [r.reason, r.note]),
        [['spam', 'Advert']],
      );

      const newest = await moderator.json<Queue>('GET', '/moderation/queue?kind=all&sort=newest&limit=100');
      assert.deepEqual(mine(newest), [r2, r1, p2, p1]);
      const pending = await moderator.json<Queue>('GET', '/moderation/queue?kind=pending&limit=100');
      assert.deepEqual(mine(pending), [p1, p2]);
      const reported = await moderator.json<Queue>('GET', '/moderation/queue?kind=reported&limit=100');
      assert.deepEqual(mine(reported), [r1, r2]);
      const inThread = await moderator.json<Queue>('GET', '/moderation/queue?threadId=queue-post');
      assert.deepEqual(
        inThread.items.map((i) => i.id),
        [r1, r2],
      );
      assert.deepEqual(inThread.counts, { pending: 0, reported: 2 }, 'counts follow the thread filter');

      // Pages: one item each, following the cursor, give the whole queue once.
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Queue = await moderator.json<Queue>(
          'GET',
          `/moderation/queue?kind=all&threadId=queue-post&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.ok(page.items.length <= 1);
        paged.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.deepEqual(paged, [r1, r2]);
      assert.equal((await moderator.call('GET', '/moderation/queue?cursor=not-a-cursor')).status, 422);

      // What entered the queue since a time: new pending comments, and comments reported again.
      const later = Date.now() + HOUR;
      const p3 = await at(server, later, () => comment(author, 'queue-pre-a', 'Pending later'));
      await at(server, later, () => report(person('queue-r4'), 'queue-post', r2, 'off-topic'));
      const since = new Date(later - 60_000).toISOString();
      const fresh = await moderator.json<Queue>('GET', `/moderation/queue?since=${since}`);
      assert.deepEqual(
        fresh.items.map((i) => i.id),
        [r2, p3],
        'only what entered the queue since, oldest first',
      );
      assert.ok(fresh.counts.pending >= 3 && fresh.counts.reported >= 2, 'counts cover the whole queue');
      assert.ok(Date.parse(fresh.nextSince) <= Date.now(), 'the next poll starts a little before now');
      assert.equal((await moderator.call('GET', '/moderation/queue?since=yesterday')).status, 422);

      // The queue is for moderators.
      assert.equal((await editor.call('GET', '/moderation/queue')).status, 403);
    });

    test("a thread's comments whatever their status: searched without case, wildcards taken literally, by status, paged", async () => {
      await thread('search', 'post');
      const writer = person('search-writer');
      const spam = await comment(writer, 'search', 'Buy CHEAP pills now');
      const tickets = await comment(writer, 'search', 'cheap tickets for the match');
      const percent = await comment(writer, 'search', 'I am 100% sure');
      const underscore = await comment(writer, 'search', 'see file a_b.txt');
      await comment(writer, 'search', 'Plain words, nothing else: ab');
      const gone = await comment(writer, 'search', 'Cheap again');
      await moderator.json('POST', `/comments/${gone}/remove`, { reason: 'Spam' });

      const ids = async (query: string) =>
        (await moderator.json<Page>('GET', `/threads/search/comments?${query}`)).items.map((i) => i.id);
      assert.deepEqual(await ids('q=cheap'), [gone, tickets, spam], 'every status, newest first');
      assert.deepEqual(await ids('q=CHEAP'), [gone, tickets, spam], 'case-insensitive');
      assert.deepEqual(await ids('q=cheap&status=removed'), [gone]);
      assert.deepEqual(await ids('q=cheap&sort=oldest'), [spam, tickets, gone]);
      assert.deepEqual(await ids(`q=${encodeURIComponent('%')}`), [percent], '% is a character, not "anything"');
      assert.deepEqual(await ids('q=_'), [underscore], '_ is a character, not "any one"');
      assert.deepEqual(await ids(`q=${encodeURIComponent('a_b')}`), [underscore]);
      assert.deepEqual(await ids(`q=${encodeURIComponent('\\')}`), []);
      assert.equal((await ids('status=removed')).length, 1);

      const first = await moderator.json<Page>('GET', '/threads/search/comments?q=cheap&limit=2');
      assert.deepEqual(
        first.items.map((i) => i.id),
        [gone, tickets],
      );
      const second = await moderator.json<Page>('GET', `/threads/search/comments?q=cheap&limit=2&cursor=${first.nextCursor}`);
      assert.deepEqual([second.items.map((i) => i.id), second.nextCursor], [[spam], null]);

      assert.equal((await moderator.call('GET', '/threads/nope/comments')).status, 404);
      assert.equal((await moderator.call('GET', `/threads/search/comments?q=${'x'.repeat(201)}`)).status, 422);
      assert.equal((await moderator.call('GET', '/threads/search/comments?status=gone')).status, 422);
    });

    test("a participant's other comments in the thread, asked of a comment: the participant's hash never leaves the server", async () => {
      await thread('authors', 'post');
      await thread('authors-other', 'post');
      const shared = '198.51.100.44';
      const author = person('same-author', shared);
      const neighbour = person('same-neighbour', shared);
      const a1 = await comment(author, 'authors', 'First');
      const a2 = await comment(author, 'authors', 'Second');
      const a3 = await comment(author, 'authors', 'Third');
      await comment(author, 'authors-other', 'Elsewhere');
      const b1 = await comment(neighbour, 'authors', 'Neighbour');

      const res = await moderator.call('GET', `/comments/${a3}/same-author`);
      const text = await res.text();
      const page = JSON.parse(text) as Page & { known: boolean };
      assert.equal(page.known, true);
      assert.deepEqual(
        page.items.map((i) => i.id),
        [a2, a1],
        'the others, in this thread only, newest first',
      );
      const stored = await server.ctx.db
        .selectFrom('comments')
        .select(['voter', 'ip'])
        .where('id', '=', Number(a3))
        .executeTakeFirstOrThrow();
      assert.ok(!text.includes(stored.voter!) && !text.includes(stored.ip!), 'no hash in the answer');
      const network = await moderator.json<Page>('GET', `/comments/${a3}/same-author?by=network`);
      assert.deepEqual(
        network.items.map((i) => i.id),
        [b1, a2, a1],
        'the same network: two people',
      );

      const seeded = await server.ctx.db
        .selectFrom('comments')
        .select('id')
        .where('voter', 'is', null)
        .where('thread_id', '=', 'post')
        .executeTakeFirstOrThrow();
      const imported = await moderator.json<Page & { known: boolean }>('GET', `/comments/${seeded.id}/same-author`);
      assert.deepEqual([imported.known, imported.items], [false, []], 'imported comments have no participant');
      assert.equal((await moderator.call('GET', '/comments/99999999/same-author')).status, 404);
    });

    test('approve, hide and remove need a reason, kept in the audit log; a bulk decision is one transaction, each comment audited', async () => {
      await thread('decide', 'pre');
      const writer = person('decide-writer');
      const ids = [
        await comment(writer, 'decide', 'One'),
        await comment(writer, 'decide', 'Two'),
        await comment(writer, 'decide', 'Three'),
        await comment(writer, 'decide', 'Four'),
      ];
      const [one, two, three, four] = ids as [string, string, string, string];
      const statuses = async () =>
        (
          await server.ctx.db
            .selectFrom('comments')
            .select(['id', 'status'])
            .where('thread_id', '=', 'decide')
            .orderBy('id')
            .execute()
        ).map((c) => c.status);

      // No reason: refused, nothing changes.
      for (const body of [undefined, {}, { reason: '' }, { reason: 'ok', extra: 1 }]) {
        assert.equal((await moderator.call('POST', `/comments/${one}/approve`, body)).status, 422, JSON.stringify(body));
      }
      assert.deepEqual(await statuses(), ['pending', 'pending', 'pending', 'pending']);

      assert.deepEqual(await moderator.json('POST', `/comments/${one}/approve`, { reason: 'Fine', note: 'Checked the link' }), {
        id: one,
        status: 'published',
      });
      const [approved] = await auditAsAdmin(`action=comment.approve&resourceId=${one}`);
      assert.deepEqual(
        [approved?.before?.status, approved?.after?.status, approved?.detail, approved?.actor.email],
        ['pending', 'published', 'Fine\nChecked the link', moderator.email],
      );

      // Bulk: one unknown id and nothing happens…
      const unknown = await moderator.call('POST', '/comments/moderate', {
        action: 'hide',
        ids: [two, '99999999'],
        reason: 'Spam wave',
      });
      assert.equal(unknown.status, 404);
      assert.deepEqual(await statuses(), ['published', 'pending', 'pending', 'pending']);
      // …all known: all decided, each audited with the reason.
      const done = await moderator.json<{ items: { id: string; before: string; status: string }[] }>(
        'POST',
        '/comments/moderate',
        { action: 'remove', ids: [one, two, three, three], reason: 'Spam wave', note: 'Same advert' },
      );
      assert.deepEqual(done.items, [
        { id: one, before: 'published', status: 'removed' },
        { id: two, before: 'pending', status: 'removed' },
        { id: three, before: 'pending', status: 'removed' },
      ]);
      assert.deepEqual(await statuses(), ['removed', 'removed', 'removed', 'pending']);
      for (const id of [one, two, three]) {
        const entries = await auditAsAdmin(`action=comment.remove&resourceId=${id}`);
        assert.deepEqual(
          entries.map((e) => [e.after?.status, e.detail]),
          [['removed', 'Spam wave\nSame advert']],
          `comment ${id} audited once`,
        );
      }
      assert.equal((await moderator.call('POST', '/comments/moderate', { action: 'hide', ids: [four] })).status, 422);
      assert.equal((await moderator.call('POST', '/comments/moderate', { action: 'ban', ids: [four], reason: 'x' })).status, 422);
      assert.equal((await moderator.call('POST', '/comments/moderate', { action: 'hide', ids: [], reason: 'x' })).status, 422);
      assert.equal((await editor.call('POST', `/comments/${four}/hide`, { reason: 'Editors do not moderate' })).status, 403);
      assert.deepEqual(await statuses(), ['removed', 'removed', 'removed', 'pending']);
      assert.equal((await moderator.call('GET', '/audit?action=comment.remove')).status, 403, 'the audit log is for admins');
      await assertInvariants(server.ctx.db);
    });

    test('a decision settles the reports before it: kept for the record, out of the queue for good, back only with a new report', async () => {
      await thread('settle', 'post', 2);
      const author = person('settle-author');
      const hidden = await comment(author, 'settle', 'Hidden by reports, then by a moderator');
      const removed = await comment(author, 'settle', 'Reported once, then removed');
      const approved = await comment(author, 'settle', 'Hidden by reports, then approved');
      const first = person('settle-first');
      for (const who of [first, person('settle-second')]) {
        await report(who, 'settle', hidden, 'abuse');
        await report(who, 'settle', approved, 'spam', 'Advert');
      }
      await report(person('settle-third'), 'settle', removed, 'off-topic');
      const reported = () => moderator.json<Queue>('GET', '/moderation/queue?kind=reported&threadId=settle');
      const shown = (q: Page) => q.items.map((i) => [i.id, i.status, i.reportCount]);
      assert.deepEqual(shown(await reported()), [
        [hidden, 'hidden', 2],
        [removed, 'published', 1],
        [approved, 'hidden', 2],
      ]);

      await moderator.json('POST', `/comments/${hidden}/hide`, { reason: 'Insults' });
      await moderator.json('POST', '/comments/moderate', { action: 'remove', ids: [removed], reason: 'Off topic' });
      await moderator.json('POST', `/comments/${approved}/approve`, { reason: 'Fair criticism' });
      const settled = await reported();
      assert.deepEqual([settled.items, settled.counts], [[], { pending: 0, reported: 0 }], 'decided: out of the queue, reloaded');
      const legacy = (await (await asAdmin(server, 'GET', '/moderation?kind=reported')).json()) as { id: string }[];
      assert.deepEqual(
        legacy.filter((c) => [hidden, removed, approved].includes(c.id)),
        [],
        'nor in the old queue',
      );
      // Kept for the record: the rows, and their count in the comment's history.
      const rows = await server.ctx.db
        .selectFrom('reports')
        .select('comment_id')
        .where('comment_id', 'in', [hidden, removed, approved].map(Number))
        .execute();
      assert.equal(rows.length, 5, 'no report is deleted');
      const history = async () =>
        (await moderator.json<Page>('GET', '/threads/settle/comments?sort=oldest')).items.map((i) => [
          i.status,
          i.reportCount,
          i.settledReportCount,
        ]);
      assert.deepEqual(await history(), [
        ['hidden', 0, 2],
        ['removed', 0, 1],
        ['published', 0, 2],
      ]);

      // A new report after the approval brings the comment back; the threshold counts only reports since the decision.
      await report(person('settle-fourth'), 'settle', approved, 'abuse', 'Still an advert');
      const back = await reported();
      assert.deepEqual(shown(back), [[approved, 'published', 1]], 'back, still published: one network since the decision');
      assert.deepEqual(
        back.items[0]!.reports.map((r) => [r.reason, r.note]),
        [['abuse', 'Still an advert']],
        'with the reports to review',
      );
      const again = await citizen(server, first, 'POST', `/threads/settle/comments/${approved}/reports`, { reason: 'spam' });
      assert.equal(again.status, 409, 'one report per participant, settled or not');
      await report(person('settle-fifth'), 'settle', approved, 'spam');
      assert.deepEqual(shown(await reported()), [[approved, 'hidden', 2]], 'hidden again by two networks since the decision');
      assert.deepEqual((await history())[2], ['hidden', 2, 2]);
      await assertInvariants(server.ctx.db);
    });

    test('a blocked participant or network cannot vote, comment, report, upvote, sign or rate until the block is lifted or over', async () => {
      await thread('blocks', 'post', 50);
      const troll = person('troll');
      const target = await comment(troll, 'blocks', 'Troll comment');
      const regret = await comment(troll, 'blocks', 'Said in anger');
      const victim = await comment(person('victim'), 'blocks', 'Reasonable comment');
      const rated = await citizen(server, troll, 'POST', '/services/stars/ratings', { score: 2 });
      const ratingId = ((await rated.json()) as { ratingId: string }).ratingId;

      /** One request per public write route: a new write route without a case here fails this test. */
      const writes: Record<string, [string, string, unknown?]> = {
        castVote: ['POST', '/polls/changeable/votes', { choices: ['a'] }],
        postComment: ['POST', '/threads/blocks/comments', { body: 'Again' }],
        upvoteComment: ['PUT', `/threads/blocks/comments/${victim}/upvote`],
        withdrawUpvote: ['DELETE', `/threads/blocks/comments/${victim}/upvote`],
        reportComment: ['POST', `/threads/blocks/comments/${victim}/reports`, { reason: 'spam' }],
        signPetition: ['POST', '/petitions/plain/signatures', { name: 'T', email: 'troll@example.org', consent: true }],
        rateService: ['POST', '/services/stars/ratings', { score: 1 }],
        amendRating: ['PATCH', `/services/stars/ratings/${ratingId}`, { comment: 'Bad' }],
      };
      assert.deepEqual(
        Object.keys(writes).sort(),
        publicRoutes
          .filter((r) => r.method !== 'GET' && !r.erasure)
          .map((r) => r.operationId)
          .sort(),
        'every public write route is tried (but deleting one’s own comment, tried below)',
      );
      const tables = async () => {
        const count = (table: 'ballots' | 'comments' | 'upvotes' | 'reports' | 'signatures' | 'ratings') =>
          server.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
            .then((r) => Number(r.n));
        const ratings = await server.ctx.db.selectFrom('ratings').select(['score', 'comment']).orderBy('id').execute();
        return JSON.stringify([
          await count('ballots'),
          await count('comments'),
          await count('upvotes'),
          await count('reports'),
          await count('signatures'),
          ratings,
        ]);
      };
      async function refusedEverywhere(who: { token: string; network: string }, label: string) {
        const before = await tables();
        for (const [operation, [method, path, body]] of Object.entries(writes)) {
          const res = await citizen(server, who, method, path, body);
          const problem = (await res.json()) as { code: string; detail: string };
          assert.equal(res.status, 403, `${label}: ${operation}`);
          assert.equal(problem.code, 'unauthorised', `${label}: ${operation}`);
          assert.match(problem.detail, /^You cannot take part here until \d{4}-\d\d-\d\dT/, `${label}: ${operation}`);
        }
        assert.equal(await tables(), before, `${label}: nothing changed`);
      }
      async function allowed(who: { token: string; network: string }, label: string) {
        const res = await citizen(server, who, 'POST', '/polls/changeable/votes', { choices: ['b'] });
        assert.equal(res.status, 200, `${label}: ${await res.text()}`);
      }

      // A participant, from one of their comments.
      const block = await moderator.json<{ id: number; kind: string; until: string; commentId: string; active: boolean }>(
        'POST',
        '/blocks',
        { kind: 'participant', commentId: target, hours: 24, reason: 'Repeated insults' },
        201,
      );
      assert.deepEqual([block.kind, block.commentId, block.active], ['participant', target, true]);
      const stored = await server.ctx.db
        .selectFrom('comments')
        .select('voter')
        .where('id', '=', Number(target))
        .executeTakeFirstOrThrow();
      assert.ok(!JSON.stringify(block).includes(stored.voter!), 'the block does not show the participant hash');
      await refusedEverywhere(troll, 'blocked participant');
      await refusedEverywhere({ ...troll, network: '203.0.113.99' }, 'blocked participant, another network');
      // Taking back what they gave is still theirs to do.
      assert.equal((await citizen(server, troll, 'DELETE', `/threads/blocks/comments/${regret}`)).status, 204);
      await allowed({ token: 'mod-neighbour-of-troll', network: troll.network }, 'someone else on that network');
      assert.equal(
        (await moderator.call('POST', '/blocks', { kind: 'participant', commentId: target, hours: 1, reason: 'Again' })).status,
        409,
        'already blocked',
      );
      const [created] = await auditAsAdmin(`action=block.create&resourceId=${block.id}`);
      assert.equal(created?.detail, 'Repeated insults');

      // Lifted: at once (the cached list is renewed on change).
      const lifted = await moderator.json<{ active: boolean; liftedBy: string }>('POST', `/blocks/${block.id}/lift`, {
        reason: 'Apologised',
      });
      assert.deepEqual([lifted.active, lifted.liftedBy], [false, moderator.email]);
      await allowed(troll, 'lifted');
      assert.equal((await moderator.call('POST', `/blocks/${block.id}/lift`, { reason: 'Again' })).status, 409);
      assert.equal((await moderator.call('POST', '/blocks/99999/lift', { reason: 'x' })).status, 404);
      assert.equal((await moderator.call('POST', `/blocks/${block.id}/lift`, {})).status, 422);

      // A network, from a comment: everyone on it, whatever their token; until the block is over.
      const flooder = person('flooder');
      const flood = await comment(flooder, 'blocks', 'Flood');
      const net = await moderator.json<{ id: number; until: string }>(
        'POST',
        '/blocks',
        { kind: 'network', commentId: flood, hours: 2, reason: 'Flooding' },
        201,
      );
      await refusedEverywhere({ token: 'mod-fresh-token-on-that-net', network: flooder.network }, 'blocked network');
      await allowed({ ...flooder, network: '203.0.113.100' }, 'the flooder elsewhere');
      const listed = await moderator.json<{ id: number }[]>('GET', '/blocks');
      assert.deepEqual(
        listed.map((b) => b.id),
        [net.id],
        'active blocks only',
      );
      const everything = await moderator.json<{ id: number; active: boolean }[]>('GET', '/blocks?status=all');
      assert.deepEqual(
        everything.map((b) => [b.id, b.active]),
        [
          [net.id, true],
          [block.id, false],
        ],
      );
      await at(server, Date.parse(net.until) + 1_000, () => allowed(flooder, 'the block is over'));

      // What cannot be blocked, and who may not block.
      const seeded = await server.ctx.db.selectFrom('comments').select('id').where('voter', 'is', null).executeTakeFirstOrThrow();
      assert.equal(
        (await moderator.call('POST', '/blocks', { kind: 'participant', commentId: String(seeded.id), hours: 1, reason: 'x' }))
          .status,
        422,
      );
      for (const body of [
        { kind: 'participant', commentId: flood, hours: 0, reason: 'x' },
        { kind: 'participant', commentId: flood, hours: 24 },
        { kind: 'participant', network: 'abc', hours: 1, reason: 'x' },
        { kind: 'network', hours: 1, reason: 'x' },
      ])
        assert.equal((await moderator.call('POST', '/blocks', body)).status, 422, JSON.stringify(body));
      assert.equal(
        (await moderator.call('POST', '/blocks', { kind: 'participant', commentId: '99999999', hours: 1, reason: 'x' })).status,
        404,
      );
      assert.equal(
        (await editor.call('POST', '/blocks', { kind: 'participant', commentId: flood, hours: 1, reason: 'x' })).status,
        403,
      );
      await assertInvariants(server.ctx.db);
    });
  });
}
