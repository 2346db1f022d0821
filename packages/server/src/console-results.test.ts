import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { conformanceFixture } from '@civic-widgets/core/testing';
import { type StaffMember, asAdmin, at, citizen, signedIn } from './test-support/console.js';
import { assertInvariants } from './test-support/invariants.js';
import { type TestServer, startTestServer, testDatabaseUrls } from './test-support/server.js';

/*
 * Results dashboards through the real API, with exact numbers from rows
 * written at known times, and their CSV tables: labels, a totals row, a BOM.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

for (const { name, url } of testDatabaseUrls()) {
  describe(`Console results on ${name}`, () => {
    let server: TestServer;
    let analyst: StaffMember;
    let n = 0;
    const person = (label: string) => ({
      token: `results-${label.replace(/[^a-z0-9]/g, '-')}-${name.toLowerCase()}`,
      network: `198.18.${++n}.1`,
    });

    before(async () => {
      server = await startTestServer(url, conformanceFixture());
      analyst = await signedIn(server, 'analyst');
    });
    after(() => server.close());

    async function create(kind: string, definition: unknown) {
      const res = await asAdmin(server, 'POST', `/${kind}`, definition);
      assert.equal(res.status, 201, await res.text());
    }
    async function ok(res: Response | Promise<Response>): Promise<Record<string, unknown>> {
      const answer = await res;
      const text = await answer.text();
      assert.ok(answer.ok, `${answer.status}: ${text.slice(0, 300)}`);
      return text ? (JSON.parse(text) as Record<string, unknown>) : {};
    }
    /** A CSV answer: checks the spreadsheet conventions, returns its lines. */
    async function csv(path: string, filename: string): Promise<string[]> {
      const res = await analyst.call('GET', path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
      assert.equal(res.headers.get('content-disposition'), `attachment; filename="${filename}"`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark, for Excel');
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      assert.ok(text.endsWith('\r\n'));
      return text.split('\r\n').slice(0, -1);
    }

    test('poll: votes per option with labels, totals, participation per hour (or per day over longer spans); CSV', async () => {
      await create('polls', {
        id: 'dash-poll',
        question: 'How do you travel?',
        mode: 'multiple',
        maxChoices: 2,
        resultsVisibility: 'always',
        options: [
          { id: 'a', label: 'Bus' },
          { id: 'b', label: 'Tram' },
          { id: 'c', label: 'Bike' },
          { id: 'd', label: '-10% fares' },
        ],
      });
      const h = Date.UTC(2031, 0, 15, 9, 0, 0);
      const vote = (who: string, ms: number, choices: string[]) =>
        at(server, ms, () => ok(citizen(server, person(who), 'POST', '/polls/dash-poll/votes', { choices })));
      await vote('v1', h + 5 * MINUTE, ['a', 'b']);
      await vote('v2', h + 20 * MINUTE, ['a']);
      await vote('v3', h + 50 * MINUTE, ['c']);
      await vote('v4', h + 2 * HOUR + 10 * MINUTE, ['a', 'c']);

      const d = await analyst.json<Record<string, unknown>>('GET', '/results/polls/dash-poll');
      assert.deepEqual(d['options'], [
        { optionId: 'a', label: 'Bus', votes: 3, share: 0.75 },
        { optionId: 'b', label: 'Tram', votes: 1, share: 0.25 },
        { optionId: 'c', label: 'Bike', votes: 2, share: 0.5 },
        { optionId: 'd', label: '-10% fares', votes: 0, share: 0 },
      ]);
      assert.deepEqual([d['totalParticipants'], d['totalVotes'], d['interval']], [4, 6, 'hour']);
      assert.deepEqual(d['overTime'], [
        { at: iso(h), votes: 3 },
        { at: iso(h + HOUR), votes: 0 },
        { at: iso(h + 2 * HOUR), votes: 1 },
      ]);
      const publicResults = (await ok(fetch(`${server.api}/polls/dash-poll`)))['results'] as { totalParticipants: number };
      assert.equal(publicResults.totalParticipants, 4, 'the same counts citizens see');

      assert.deepEqual(await csv('/results/polls/dash-poll?format=csv', 'poll-dash-poll-options.csv'), [
        'Option,Votes',
        '"Bus",3',
        '"Tram",1',
        '"Bike",2',
        `"'-10% fares",0`,
        '"Total",6',
        '"Participants",4',
      ]);
      assert.deepEqual(await csv('/results/polls/dash-poll?format=csv&table=time', 'poll-dash-poll-time.csv'), [
        'Period start (UTC),Votes',
        `"${iso(h)}",3`,
        `"${iso(h + HOUR)}",0`,
        `"${iso(h + 2 * HOUR)}",1`,
        '"Total",4',
      ]);

      // Over more than three days, per day; a changed vote is not new participation.
      await create('polls', {
        id: 'dash-long',
        question: 'Changed your mind?',
        allowChange: true,
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
        ],
      });
      const d0 = Date.UTC(2031, 1, 1, 0, 0, 0);
      const changer = person('changer');
      await at(server, d0 + 10 * HOUR, () =>
        ok(citizen(server, changer, 'POST', '/polls/dash-long/votes', { choices: ['yes'] })),
      );
      await at(server, d0 + 2 * DAY, () => ok(citizen(server, changer, 'POST', '/polls/dash-long/votes', { choices: ['no'] })));
      await at(server, d0 + 4 * DAY + HOUR, () =>
        ok(citizen(server, person('late'), 'POST', '/polls/dash-long/votes', { choices: ['no'] })),
      );
      const long = await analyst.json<Record<string, unknown>>('GET', '/results/polls/dash-long');
      assert.equal(long['interval'], 'day');
      assert.deepEqual(
        (long['overTime'] as { at: string; votes: number }[]).map((t) => [t.at.slice(0, 10), t.votes]),
        [
          ['2031-02-01', 1],
          ['2031-02-02', 0],
          ['2031-02-03', 0],
          ['2031-02-04', 0],
          ['2031-02-05', 1],
        ],
      );
      assert.deepEqual(
        (long['options'] as { votes: number }[]).map((o) => o.votes),
        [0, 2],
      );
      await assertInvariants(server.ctx.db);
    });

    test('service: ratings per score with labels, reasons, follow-up comments newest first and paged, ratings over time; CSV', async () => {
      await create('services', {
        id: 'dash-service',
        name: 'Library desk',
        question: 'How was it?',
        scale: 'stars5',
        commentMaxLength: 200,
        reasons: [
          { id: 'fast', label: 'Fast' },
          { id: 'clear', label: 'Clear' },
        ],
      });
      const s = Date.UTC(2031, 2, 10, 14, 0, 0);
      async function rate(who: string, ms: number, score: number, followUp?: { reasons?: string[]; comment?: string }) {
        const p = person(who);
        const { ratingId } = (await at(server, ms, () =>
          ok(citizen(server, p, 'POST', '/services/dash-service/ratings', { score })),
        )) as { ratingId: string };
        if (followUp)
          await at(server, ms + MINUTE, () =>
            ok(citizen(server, p, 'PATCH', `/services/dash-service/ratings/${ratingId}`, followUp)),
          );
      }
      await rate('r1', s, 5, { reasons: ['fast', 'clear'], comment: 'Great' });
      await rate('r2', s + HOUR, 4, { reasons: ['fast'], comment: 'Good' });
      await rate('r3', s + HOUR + 10 * MINUTE, 1);
      await rate('r4', s + 3 * HOUR, 5, { comment: '=Superb' });

      const d = await analyst.json<Record<string, unknown>>('GET', '/results/services/dash-service?limit=2');
      assert.deepEqual([d['count'], d['average'], d['yesShare'], d['interval']], [4, 3.75, null, 'hour']);
      assert.deepEqual(d['distribution'], [
        { score: 1, count: 1, label: '1 star' },
        { score: 2, count: 0, label: '2 stars' },
        { score: 3, count: 0, label: '3 stars' },
        { score: 4, count: 1, label: '4 stars' },
        { score: 5, count: 2, label: '5 stars' },
      ]);
      assert.deepEqual(d['reasons'], [
        { reasonId: 'fast', label: 'Fast', count: 2 },
        { reasonId: 'clear', label: 'Clear', count: 1 },
      ]);
      assert.deepEqual(d['overTime'], [
        { at: iso(s), ratings: 1, average: 5 },
        { at: iso(s + HOUR), ratings: 2, average: 2.5 },
        { at: iso(s + 2 * HOUR), ratings: 0, average: null },
        { at: iso(s + 3 * HOUR), ratings: 1, average: 5 },
      ]);
      const first = d['comments'] as { items: { comment: string; scoreLabel: string; reasons: string[] }[]; nextCursor: string };
      assert.deepEqual(
        first.items.map((c) => [c.comment, c.scoreLabel, c.reasons]),
        [
          ['=Superb', '5 stars', []],
          ['Good', '4 stars', ['Fast']],
        ],
      );
      const rest = await analyst.json<{ comments: { items: { comment: string; reasons: string[] }[]; nextCursor: unknown } }>(
        'GET',
        `/results/services/dash-service?limit=2&cursor=${first.nextCursor}`,
      );
      assert.deepEqual(
        rest.comments.items.map((c) => [c.comment, c.reasons]),
        [['Great', ['Fast', 'Clear']]],
      );
      assert.equal(rest.comments.nextCursor, null);
      assert.equal((await analyst.call('GET', '/results/services/dash-service?cursor=nonsense')).status, 422);

      assert.deepEqual(await csv('/results/services/dash-service?format=csv', 'service-dash-service-scores.csv'), [
        'Score,Ratings',
        '"1 star",1',
        '"2 stars",0',
        '"3 stars",0',
        '"4 stars",1',
        '"5 stars",2',
        '"Total",4',
      ]);
      assert.deepEqual(await csv('/results/services/dash-service?format=csv&table=reasons', 'service-dash-service-reasons.csv'), [
        'Reason,Ratings',
        '"Fast",2',
        '"Clear",1',
        '"Total",3',
      ]);
      assert.deepEqual(
        (await csv('/results/services/dash-service?format=csv&table=time', 'service-dash-service-time.csv')).at(-1),
        '"Total",4',
      );

      await create('services', { id: 'dash-yesno', name: 'Page', question: 'Useful?', scale: 'yesno' });
      for (const [i, score] of [1, 1, 0].entries())
        await ok(citizen(server, person(`yn${i}`), 'POST', '/services/dash-yesno/ratings', { score }));
      const yesno = await analyst.json<Record<string, unknown>>('GET', '/results/services/dash-yesno');
      assert.deepEqual([yesno['average'], yesno['yesShare']], [null, 0.6667]);
      assert.deepEqual(yesno['distribution'], [
        { score: 0, count: 1, label: 'No' },
        { score: 1, count: 2, label: 'Yes' },
      ]);
    });

    test('petition: progress, milestones with the day reached, signatures by day and by region; CSV', async () => {
      const definition = {
        title: 'More benches',
        goal: 4,
        milestones: [
          { count: 10, label: 'Ten' },
          { count: 1, label: 'First' },
          { count: 3, label: 'Third' },
        ],
      };
      await create('petitions', { id: 'dash-petition', ...definition });
      const d1 = Date.UTC(2031, 3, 1, 8, 0, 0);
      async function sign(email: string, ms: number, regionId: string | null, confirm: boolean) {
        await at(server, ms, async () => {
          await ok(
            citizen(server, person(email), 'POST', '/petitions/dash-petition/signatures', {
              name: 'Signer',
              email,
              consent: true,
              ...(regionId ? { regionId } : {}),
            }),
          );
          if (confirm)
            assert.equal(
              (await fetch(`${server.api}/confirm/${await server.lastConfirmToken(email)}`, { method: 'POST' })).status,
              200,
            );
        });
      }
      // Signed before the petition asked for a region: shown as "No region", never lost.
      await sign('s4@example.org', d1 + DAY + 2 * HOUR, null, true);
      const regions = [
        { id: 'north', label: 'North' },
        { id: 'south', label: 'South' },
      ];
      await ok(asAdmin(server, 'PUT', '/petitions/dash-petition', { ...definition, regions }));
      await sign('s1@example.org', d1 + HOUR, 'north', true);
      await sign('s2@example.org', d1 + 2 * HOUR, 'south', false);
      await sign('s3@example.org', d1 + DAY, 'north', true);
      await sign('s5@example.org', d1 + 2 * DAY, 'south', true);
      const found = (await ok(
        asAdmin(server, 'POST', '/petitions/dash-petition/signatures/search', { email: 's5@example.org' }),
      )) as { items: { id: number }[] };
      await ok(
        asAdmin(server, 'POST', `/petitions/dash-petition/signatures/${found.items[0]!.id}/invalidate`, { reason: 'Test' }),
      );

      const d = await analyst.json<Record<string, unknown>>('GET', '/results/petitions/dash-petition');
      assert.deepEqual([d['signatureCount'], d['goal'], d['progress']], [3, 4, 0.75]);
      assert.deepEqual(d['milestones'], [
        { count: 1, label: 'First', reached: true, reachedOn: '2031-04-01' },
        { count: 3, label: 'Third', reached: true, reachedOn: '2031-04-02' },
        { count: 10, label: 'Ten', reached: false, reachedOn: null },
      ]);
      assert.deepEqual(d['totals'], { confirmed: 3, pending: 1, invalidated: 1 });
      assert.deepEqual(d['byDay'], [
        { day: '2031-04-01', signed: 2, confirmed: 1, pending: 1, invalidated: 0 },
        { day: '2031-04-02', signed: 2, confirmed: 2, pending: 0, invalidated: 0 },
        { day: '2031-04-03', signed: 1, confirmed: 0, pending: 0, invalidated: 1 },
      ]);
      assert.deepEqual(d['byRegion'], [
        { regionId: 'north', label: 'North', confirmed: 2, pending: 0, invalidated: 0 },
        { regionId: 'south', label: 'South', confirmed: 0, pending: 1, invalidated: 1 },
        { regionId: null, label: 'No region', confirmed: 1, pending: 0, invalidated: 0 },
      ]);
      assert.deepEqual(await csv('/results/petitions/dash-petition?format=csv', 'petition-dash-petition-days.csv'), [
        'Day (UTC),Signed,Confirmed,Pending,Invalidated',
        '"2031-04-01",2,1,1,0',
        '"2031-04-02",2,2,0,0',
        '"2031-04-03",1,0,0,1',
        '"Total",5,3,1,1',
      ]);
      assert.deepEqual(
        await csv('/results/petitions/dash-petition?format=csv&table=regions', 'petition-dash-petition-regions.csv'),
        ['Region,Confirmed,Pending,Invalidated', '"North",2,0,0', '"South",0,1,1', '"No region",1,0,0', '"Total",3,1,1'],
      );
      await assertInvariants(server.ctx.db);
    });

    test('thread: comments per day, participants counted once, comments per status, reports and upvotes; CSV', async () => {
      await create('threads', { id: 'dash-thread', title: 'Park', reportThreshold: 5 });
      const t = Date.UTC(2031, 6, 1, 10, 0, 0);
      const [a, b, c] = [person('a'), person('b'), person('c')];
      const write = async (who: typeof a, ms: number, body: string) =>
        String((await at(server, ms, () => ok(citizen(server, who, 'POST', '/threads/dash-thread/comments', { body }))))['id']);
      const a1 = await write(a, t, 'A one');
      await write(a, t + HOUR, 'A two');
      await write(b, t + 2 * HOUR, 'B one');
      const a3 = await write(a, t + DAY, 'A three');
      const c1 = await write(c, t + DAY + HOUR, 'C one');
      await write(b, t + 3 * DAY, 'B two');
      await ok(asAdmin(server, 'POST', `/comments/${a3}/remove`, { reason: 'Off topic' }));
      await ok(asAdmin(server, 'POST', `/comments/${c1}/hide`, { reason: 'Personal data' }));
      await ok(citizen(server, person('fan'), 'PUT', `/threads/dash-thread/comments/${a1}/upvote`));
      const reported = await citizen(server, person('critic'), 'POST', `/threads/dash-thread/comments/${a1}/reports`, {
        reason: 'spam',
      });
      assert.equal(reported.status, 204);

      const d = await analyst.json<Record<string, unknown>>('GET', '/results/threads/dash-thread');
      assert.deepEqual([d['comments'], d['published'], d['participants'], d['openReports'], d['upvotes']], [6, 4, 3, 1, 1]);
      assert.deepEqual(d['statusCounts'], { published: 4, pending: 0, hidden: 1, removed: 1 });
      assert.deepEqual(d['byDay'], [
        { day: '2031-07-01', comments: 3, participants: 2 },
        { day: '2031-07-02', comments: 2, participants: 2 },
        { day: '2031-07-03', comments: 0, participants: 0 },
        { day: '2031-07-04', comments: 1, participants: 1 },
      ]);
      assert.deepEqual(await csv('/results/threads/dash-thread?format=csv', 'thread-dash-thread-days.csv'), [
        'Day (UTC),Comments,Participants',
        '"2031-07-01",3,2',
        '"2031-07-02",2,2',
        '"2031-07-03",0,0',
        '"2031-07-04",1,1',
        '"Total",6,3',
      ]);
      assert.deepEqual(await csv('/results/threads/dash-thread?format=csv&table=statuses', 'thread-dash-thread-statuses.csv'), [
        'Status,Comments',
        '"Published",4',
        '"Pending",0',
        '"Hidden",1',
        '"Removed",1',
        '"Total",6',
      ]);
      await assertInvariants(server.ctx.db);
    });

    test('every role reads results; unknown resources are 404 and unknown formats or tables 422', async () => {
      for (const path of ['/results/polls/single', '/results/services/stars', '/results/petitions/open', '/results/threads/post'])
        assert.equal((await analyst.call('GET', path)).status, 200, path);
      for (const path of ['/results/polls/nope', '/results/services/nope', '/results/petitions/nope', '/results/threads/nope'])
        assert.equal((await analyst.call('GET', path)).status, 404, path);
      assert.equal((await analyst.call('GET', '/results/polls/single?format=xml')).status, 422);
      assert.equal((await analyst.call('GET', '/results/polls/single?format=csv&table=regions')).status, 422);
      assert.equal((await fetch(`${server.api}/admin/results/polls/single`)).status, 401);
      const empty = await analyst.json<Record<string, unknown>>('GET', '/results/polls/changeable');
      assert.deepEqual([empty['overTime'], empty['totalParticipants']], [[], 0]);
    });
  });
}
