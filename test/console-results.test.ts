/*
 * The console's Results page in Chromium against the real server: an analyst
 * picks a poll by keyboard, reads its dashboard (charts as images with a title
 * and description, the same figures in tables with captions), sees a vote
 * made after opening arrive within 2 s through the live stream, refreshes by
 * keyboard, and downloads the CSV (labels, a Total row, a byte order mark) and
 * JSON with the session cookie. Petition, discussion and rating dashboards
 * too; Arabic at 360 px and dark pages; hostile labels stay text; axe in
 * every state; no CSP problem. The chart's and model's pure parts in Node first.
 */
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { niceMax, rowTotal, shorten } from '../packages/admin/src/components/chart.js';
import { downloadName, peakIndex, periodFormat, utcDay } from '../packages/admin/src/results/model.js';
import { type ConsoleHarness, type ConsolePage, startConsole } from './support/console.js';
import {
  byText,
  citizen,
  clean,
  confirmSignature,
  count,
  deepHelpers,
  focused,
  q,
  textOf,
  waitForFocus,
  waitForText,
} from './support/console-deep.js';

/** Text that would run script if it were ever treated as HTML. */
const HOSTILE = '<img src=x onerror="window.__pwned=1">Route "N1" & <b>more</b>';

describe('Results model and charts', () => {
  test('the scale tops at a round number; the peak is the first largest; labels are shortened by characters', () => {
    assert.deepEqual([0, 1, 3, 7, 10, 13, 101, 4999].map(niceMax), [1, 1, 5, 10, 10, 20, 200, 5000]);
    assert.equal(peakIndex([0, 0]), -1);
    assert.equal(peakIndex([1, 3, 3]), 1);
    assert.equal(rowTotal({ label: 'x', values: [2, 3, 4] }), 9);
    assert.equal(shorten('short'), 'short');
    const long = shorten('é'.repeat(100), 10);
    assert.equal([...long].length, 10);
    assert.ok(long.endsWith('…'));
    assert.equal(shorten('😀'.repeat(12), 10), `${'😀'.repeat(9)}…`, 'never cuts a character in half');
  });

  test('days are UTC days; downloads are named after the resource and table', () => {
    assert.equal(utcDay('2026-03-01').toISOString(), '2026-03-01T00:00:00.000Z');
    assert.equal(new Intl.DateTimeFormat('en', periodFormat('day')).format(utcDay('2026-03-01')), 'Mar 1, 2026');
    assert.equal(downloadName('polls', 'bus', 'options'), 'poll-bus-options.csv');
    assert.equal(downloadName('threads', 'library', null), 'thread-library.json');
  });
});

describe('Console: results', () => {
  let h: ConsoleHarness;
  let analyst: string;
  const pages: ConsolePage[] = [];

  before(async () => {
    h = await startConsole({
      polls: [
        {
          id: 'night-buses',
          question: 'Which night bus routes should run?',
          options: [
            { id: 'n1', label: HOSTILE },
            { id: 'n2', label: 'Route N2' },
            { id: 'n3', label: 'Route N3' },
          ],
          status: 'open',
        },
      ],
      threads: [{ id: 'library-hours', title: 'Library opening hours', status: 'open' }],
      petitions: [
        {
          id: 'save-the-park',
          title: 'Save Riverside Park',
          goal: 10,
          milestones: [{ count: 2, label: 'Council notices' }],
          regions: [
            { id: 'north', label: 'North ward' },
            { id: 'south', label: 'South ward' },
          ],
          status: 'open',
        },
      ],
      services: [
        {
          id: 'page-feedback',
          name: 'Page feedback',
          question: 'Was this page useful?',
          reasons: [{ id: 'clear', label: 'Clear' }],
        },
      ],
    });
    analyst = await h.staff('analyst');
    // Two people voted before the analyst looks.
    for (const choice of ['n1', 'n2']) {
      const res = await citizen(h, 'voter').post('/polls/night-buses/votes', { choices: [choice] });
      assert.equal(res.status, 200);
    }
  });
  after(() => h.close());
  afterEach(async () => {
    for (const p of pages.splice(0))
      await p.page
        .browserContext()
        .close()
        .catch(() => undefined);
  });
  const signedIn = async (...args: Parameters<ConsoleHarness['signedIn']>) => {
    const p = await h.signedIn(...args);
    pages.push(p);
    await deepHelpers(p);
    return p;
  };

  test('an analyst picks a poll by keyboard, sees a new vote arrive by itself, refreshes, downloads CSV and JSON', async () => {
    const p = await signedIn(analyst, '#/results');
    await waitForText(p, 'civic-console-results >>> table', /Which night bus routes should run\?/);
    await clean(p, 'list of polls');

    // Keyboard: from the heading, Tab to the poll and open it.
    await waitForFocus(p, (f) => f.tag === 'H1');
    for (let i = 0; i < 10 && (await focused(p)).text !== 'Which night bus routes should run?'; i++)
      await p.page.keyboard.press('Tab');
    assert.equal((await focused(p)).text, 'Which night bus routes should run?');
    await p.page.keyboard.press('Enter');
    await waitForText(p, 'h1', /Which night bus routes should run\?/);
    assert.equal(await p.page.evaluate('location.hash'), '#/results/polls/night-buses');
    await waitForFocus(p, (f) => f.tag === 'H1');

    // The figures in words, the chart as one image with a title and a description, and its table.
    await waitForText(p, '.summary-list', /People who voted 2/);
    const svg = await q(p, 'svg.chart.bars');
    assert.equal(await svg.evaluate((e) => e.getAttribute('role')), 'img');
    assert.equal(await svg.evaluate((e) => e.querySelector('title')?.textContent), 'Votes per option');
    assert.match((await svg.evaluate((e) => e.querySelector('desc')?.textContent)) ?? '', /has the most votes: 1 from 2 people/);
    const labelledBy = await svg.evaluate((e) => e.getAttribute('aria-labelledby'));
    assert.equal(
      await svg.evaluate((e, id) => (e.getRootNode() as ShadowRoot).getElementById(id!)?.tagName, labelledBy),
      'title',
    );
    assert.equal(await textOf(p, '.chart-table caption'), 'Votes per option');
    const rows = (await p.page.evaluate(
      `[...deepAll('.chart-table')[0].tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent.trim()))`,
    )) as string[][];
    assert.deepEqual(rows, [
      [HOSTILE, '1', '50%'],
      ['Route N2', '1', '50%'],
      ['Route N3', '0', '0%'],
    ]);
    assert.equal(await count(p, 'img[src=x]'), 0, 'the hostile label is text');
    await clean(p, 'poll dashboard');

    // A vote made now shows by itself within 2 s: the dashboard listens to the poll's live stream (its
    // reads every 10 seconds are for what the stream does not announce, such as signatures waiting for confirmation).
    const updatedBefore = await textOf(p, '#updated-at');
    assert.match(updatedBefore, /^Updated at \d/);
    assert.match(await textOf(p, '.refresh'), /The figures update as people take part/);
    const cast = Date.now();
    assert.equal((await citizen(h, 'late').post('/polls/night-buses/votes', { choices: ['n3'] })).status, 200);
    await waitForText(p, '.summary-list', /People who voted 3/, Math.max(1, 2_000 - (Date.now() - cast)));
    assert.match(await textOf(p, '.chart-table tbody'), /Route N3 1 33%/);

    // Refresh by keyboard: the status message says when.
    await (await q(p, '#refresh')).focus();
    assert.equal((await focused(p)).id, 'refresh');
    await p.page.keyboard.press('Enter');
    await waitForText(p, 'civic-console-results >>> [role=status]', /Results updated at \d/);

    // The CSV download, fetched as the link would be (the session cookie goes with it).
    const csvHref = await (await q(p, 'a[data-table=options]')).evaluate((a) => (a as HTMLAnchorElement).href);
    assert.equal(
      await (await q(p, 'a[data-table=options]')).evaluate((a) => a.getAttribute('download')),
      'poll-night-buses-options.csv',
    );
    const csv = (await p.page.evaluate(
      `fetch(${JSON.stringify(csvHref)}).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), bytes: [...new Uint8Array(await r.clone().arrayBuffer())].slice(0, 3), text: await r.text() }))`,
    )) as { status: number; type: string; bytes: number[]; text: string };
    assert.equal(csv.status, 200);
    assert.match(csv.type, /text\/csv/);
    assert.deepEqual(csv.bytes, [0xef, 0xbb, 0xbf], 'a UTF-8 byte order mark, so spreadsheets read UTF-8');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    assert.equal(lines[0], 'Option,Votes');
    assert.equal(lines[1], `"${HOSTILE.replace(/"/g, '""')}",1`, 'the label, quoted, not the id');
    assert.equal(lines[2], '"Route N2",1');
    assert.equal(lines.at(-1), '"Total",3');
    // Without the session, the same link is refused.
    assert.equal((await fetch(csvHref)).status, 401);

    const jsonHref = await (await q(p, 'a[data-table=json]')).evaluate((a) => (a as HTMLAnchorElement).href);
    const json = (await p.page.evaluate(`fetch(${JSON.stringify(jsonHref)}).then((r) => r.json())`)) as {
      totalParticipants: number;
    };
    assert.equal(json.totalParticipants, 3);
    await clean(p, 'after refresh');
  });

  test('petition, discussion and rating dashboards; Arabic at 360 px; a dark page', async () => {
    for (const [i, email] of ['amal@north.example', 'bo@south.example', 'cy@north.example'].entries()) {
      const res = await citizen(h, `signer-${i}`).post('/petitions/save-the-park/signatures', {
        name: `Signer ${i}`,
        email,
        regionId: i === 1 ? 'south' : 'north',
        consent: true,
      });
      assert.equal(res.status, 202);
      if (i < 2) await confirmSignature(h, email);
    }
    const commenter = citizen(h, 'commenter');
    assert.equal(
      (await commenter.post('/threads/library-hours/comments', { body: 'Open on Sundays please', authorName: 'Sam' })).status,
      201,
    );
    const rater = citizen(h, 'rater');
    const receipt = (await (await rater.post('/services/page-feedback/ratings', { score: 4 })).json()) as { ratingId: string };
    assert.equal(
      (await rater.post(`/services/page-feedback/ratings/${receipt.ratingId}`, { reasons: ['clear'], comment: HOSTILE }, 'PATCH'))
        .status,
      200,
    );

    const p = await signedIn(analyst, '#/results/petitions/save-the-park');
    await waitForText(p, '.progress-line', /2 of 10 signatures \(20%\)/);
    assert.match(await textOf(p, '.milestones'), /2 signatures — Council notices ?: Reached on/);
    assert.match(await textOf(p, '#petition-regions-heading'), /Signatures by region/);
    assert.equal(await count(p, 'svg.chart'), 2);
    assert.equal(await count(p, '.legend li'), 3, 'the stacked statuses have a legend');
    await clean(p, 'petition dashboard');

    await p.go('#/results/threads/library-hours');
    await waitForText(p, '.summary-list', /People who commented 1/);
    await clean(p, 'discussion dashboard');

    await p.go('#/results/services/page-feedback');
    await waitForText(p, '.feedback', /Score: 4 stars/);
    assert.match(await textOf(p, '.feedback'), /Route "N1" & <b>more<\/b>/);
    assert.equal(await count(p, 'img[src=x]'), 0);
    await clean(p, 'rating dashboard');

    const ar = await signedIn(analyst, '#/results/petitions/save-the-park', { lang: 'ar', width: 360 });
    await waitForText(ar, 'h1', /Save Riverside Park/);
    await waitForText(ar, 'civic-console-results', /التوقيعات حسب المنطقة/);
    assert.equal(await ar.page.evaluate('document.documentElement.dir'), 'rtl');
    assert.equal(await (await q(ar, 'svg.chart.bars')).evaluate((e) => e.getAttribute('direction')), 'rtl');
    assert.equal(
      await ar.page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'),
      true,
      'nothing wider than the screen (tables scroll in their own box)',
    );
    await clean(ar, 'Arabic at 360 px');

    const dark = await signedIn(analyst, '#/results/polls/night-buses', { dark: true });
    await byText(dark, '.summary-list', 'People who voted');
    await clean(dark, 'dark page');
  });

  test('an unknown resource says so; an unknown kind shows the kinds', async () => {
    const p = await signedIn(analyst, '#/results/polls/nothing-here');
    await waitForText(p, 'civic-console-results', /Nothing was found with the identifier/);
    await clean(p, 'unknown poll');
    await p.go('#/results/votes');
    await waitForText(p, 'h1', /Page not found/);
    await clean(p, 'unknown kind');
  });
});
