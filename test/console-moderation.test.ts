/*
 * The console's Moderation page in Chromium against the real server: a
 * citizen's comment is reported from two networks; the moderator sees it in
 * the queue with its reports, hides it with a reason by keyboard shortcut (the
 * letters typed in the reason do nothing else), and it is gone from the
 * public API with the reason in the audit log. New comments arrive by
 * themselves and are announced without moving focus; two are removed at once
 * with one reason; a participant is blocked (their next comment is refused)
 * and the block lifted; a discussion is searched for spam nobody reported;
 * shortcuts can be turned off. Hostile names and text stay text; axe in every
 * state; no CSP problem; Arabic at 360 px. The model's pure parts in Node first.
 */
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type AdminComment, isTyping, mergeQueue, shortcutFor, step } from '../packages/admin/src/moderation/model.js';
import { type ConsoleHarness, type ConsolePage, startConsole } from './support/console.js';
import {
  type Citizen,
  byText,
  citizen,
  clean,
  count,
  deepHelpers,
  focused,
  q,
  textOf,
  typeInto,
  waitForFocus,
  waitForText,
} from './support/console-deep.js';

/** Text that would run script if it were ever treated as HTML. */
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Mallory';
const HOSTILE_BODY = 'Buy now <script>window.__pwned=2</script> & <b>save</b> at http://spam.example';

function comment(id: string, extra: Partial<AdminComment> = {}): AdminComment {
  return {
    id,
    threadId: 't',
    parentId: null,
    depth: 0,
    authorName: null,
    body: id,
    status: 'pending',
    score: 0,
    replyCount: 0,
    reportCount: 0,
    reports: [],
    reasonCounts: [],
    lastReportedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    participantKnown: true,
    networkKnown: true,
    ...extra,
  };
}

describe('Moderation model', () => {
  test('polls merge by id: new ones join at the end (or the top), known ones refresh, decided ones stay out unless reported again', () => {
    const shown = [comment('1'), comment('2')];
    const decided = new Map([['3', Date.parse('2026-01-01T10:00:00Z')]]);
    const incoming = [
      comment('2', { reportCount: 1 }),
      comment('3', { lastReportedAt: '2026-01-01T09:00:00Z' }),
      comment('4'),
      comment('4'),
    ];
    const oldest = mergeQueue(shown, incoming, 'oldest', decided);
    assert.deepEqual(
      oldest.items.map((c) => c.id),
      ['1', '2', '4'],
    );
    assert.equal(oldest.items[1]!.reportCount, 1, 'refreshed in place');
    assert.deepEqual(
      oldest.added.map((c) => c.id),
      ['4'],
    );
    const newest = mergeQueue(shown, [comment('3', { lastReportedAt: '2026-01-01T11:00:00Z' })], 'newest', decided);
    assert.deepEqual(
      newest.items.map((c) => c.id),
      ['3', '1', '2'],
      'reported again after the decision: back, at the top',
    );
  });

  test('shortcuts: which key does what, never while typing, never with modifiers, arrows only from an item', () => {
    const body = { tagName: 'BODY' };
    assert.equal(shortcutFor({ key: 'j' }, body), 'next');
    assert.equal(shortcutFor({ key: 'h' }, { tagName: 'BUTTON' }), 'hide');
    assert.equal(shortcutFor({ key: 'r' }, { tagName: 'INPUT', type: 'checkbox' }), 'remove');
    assert.equal(shortcutFor({ key: 'a' }, { tagName: 'INPUT', type: 'text' }), null);
    assert.equal(shortcutFor({ key: 'a' }, { tagName: 'INPUT' }), null, 'an input without a type is text');
    assert.equal(shortcutFor({ key: 'a' }, { tagName: 'TEXTAREA' }), null);
    assert.equal(shortcutFor({ key: 'a' }, { tagName: 'SELECT' }), null);
    assert.equal(shortcutFor({ key: 'a' }, { tagName: 'DIV', isContentEditable: true }), null);
    assert.equal(shortcutFor({ key: 'a' }, { tagName: 'BUTTON', inDialog: true }), null);
    assert.equal(shortcutFor({ key: 'a', ctrlKey: true }, body), null);
    assert.equal(shortcutFor({ key: 'h', isComposing: true }, body), null);
    assert.equal(shortcutFor({ key: 'A' }, body), null, 'Shift+A is not A');
    assert.equal(shortcutFor({ key: 'ArrowDown' }, body), null, 'arrows scroll the page unless on an item');
    assert.equal(shortcutFor({ key: 'ArrowDown' }, { tagName: 'ARTICLE', isItem: true }), 'next');
    assert.equal(isTyping({ tagName: 'input', type: 'search' }), true);
    assert.deepEqual(
      [step(-1, 3, 'next'), step(-1, 3, 'previous'), step(2, 3, 'next'), step(0, 3, 'previous'), step(0, 0, 'next')],
      [0, 2, 2, 0, -1],
    );
  });
});

describe('Console: moderation', () => {
  let h: ConsoleHarness;
  let moderator: string;
  const pages: ConsolePage[] = [];

  before(async () => {
    h = await startConsole({
      threads: [
        { id: 'library-hours', title: 'Library opening hours', reportThreshold: 5 },
        { id: 'new-park', title: 'The new park', moderation: 'pre' },
      ],
    });
    moderator = await h.staff('moderator');
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

  async function write(who: Citizen, threadId: string, body: string, authorName?: string, lang?: string): Promise<string> {
    const res = await who.post(`/threads/${threadId}/comments`, {
      body,
      ...(authorName ? { authorName } : {}),
      ...(lang ? { lang } : {}),
    });
    assert.equal(res.status, 201, await res.clone().text());
    return ((await res.json()) as { id: string }).id;
  }
  async function publicIds(threadId: string): Promise<string[]> {
    const page = (await (await fetch(`${h.base}/api/v1/threads/${threadId}/comments?limit=50`)).json()) as {
      items: { id: string }[];
    };
    return page.items.map((c) => c.id);
  }
  const status = async (id: string, threadId: string) =>
    (await h.admin<{ items: AdminComment[] }>('GET', `/threads/${threadId}/comments`)).items.find((c) => c.id === id)?.status;

  test('a reported comment is hidden with a reason by keyboard shortcut; new comments arrive by themselves; two are removed at once', async () => {
    const author = citizen(h, 'author');
    const hostile = await write(author, 'library-hours', HOSTILE_BODY, HOSTILE_NAME);
    for (const name of ['reporter-1', 'reporter-2'])
      assert.equal(
        (
          await citizen(h, name).post(`/threads/library-hours/comments/${hostile}/reports`, {
            reason: 'spam',
            note: 'Selling <b>pills</b>',
          })
        ).status,
        204,
      );
    assert.ok((await publicIds('library-hours')).includes(hostile), 'still published: two reports are below the threshold');

    const p = await signedIn(moderator, '#/moderation');
    await q(p, `#item-${hostile}`);
    const item = await textOf(p, `#item-${hostile}`);
    assert.match(item, /<img src=x onerror="window\.__pwned=1">Mallory/, 'the name is text');
    assert.match(item, /Buy now <script>window\.__pwned=2<\/script> & <b>save<\/b>/, 'the comment is text');
    assert.match(item, /Reported 2 times: Spam or advertising \(2\)/);
    assert.match(item, /Spam or advertising \( ?Nov [^)]*\): Selling <b>pills<\/b>/, "each report's note, as text");
    assert.equal(await count(p, 'img[src=x]'), 0);
    assert.match(await textOf(p, '#counts'), /Reported, to review 1/);
    await clean(p, 'queue with a reported comment');

    // The shortcuts are listed in a disclosure, and on the buttons.
    await (await q(p, '#shortcuts-help summary')).click();
    assert.match(await textOf(p, '#shortcuts-help'), /J or ↓ Next comment[\s\S]*H Hide \(asks for a reason\)/);
    assert.equal(await (await q(p, `#hide-${hostile}`)).evaluate((e) => e.getAttribute('aria-keyshortcuts')), 'H');
    await clean(p, 'shortcuts listed');

    // Keyboard: J goes to the comment, H opens the reason; letters typed there stay letters.
    await waitForFocus(p, (f) => f.tag === 'SUMMARY');
    await p.page.keyboard.press('j');
    await waitForFocus(p, (f) => f.id === `item-${hostile}`);
    await p.page.keyboard.press('h');
    await waitForFocus(p, (f) => f.id === `field-decide-${hostile}-reason`);
    await waitForText(p, '#live', /Hiding: enter a reason/);
    await p.page.keyboard.press('Enter');
    await waitForText(p, '#error-summary', /Enter a reason/);
    await clean(p, 'reason missing');
    await (await q(p, `#field-decide-${hostile}-reason`)).focus();
    const reason = 'Spam: sells things, harassment of readers';
    await p.page.keyboard.type(reason);
    assert.equal(await (await q(p, `#field-decide-${hostile}-reason`)).evaluate((e) => (e as HTMLInputElement).value), reason);
    assert.equal(await count(p, `#item-${hostile} form`), 1, 'typing a, h or r opened nothing else');
    await p.page.keyboard.press('Enter');
    await waitForText(p, '#live', /Comment by .*Mallory.* hidden\./);
    assert.equal(await count(p, `#item-${hostile}`), 0, 'it leaves the queue');
    assert.ok(!(await publicIds('library-hours')).includes(hostile), 'gone from the public API');
    const audit = await h.admin<{ action: string; detail: string; resource: { id: string }; actor: { email: string } }[]>(
      'GET',
      '/audit?action=comment.hide',
    );
    assert.equal(audit[0]?.detail, reason);
    assert.equal(audit[0]?.resource.id, hostile);
    assert.equal(audit[0]?.actor.email, moderator);
    await clean(p, 'after hiding');

    // New comments in a pre-moderated discussion arrive within a poll, announced without taking focus.
    await (await q(p, '#filter-kind')).focus();
    const spammer = citizen(h, 'spammer');
    const first = await write(spammer, 'new-park', 'Cheap watches at http://spam.example');
    const second = await write(spammer, 'new-park', 'More cheap watches at http://spam.example');
    await waitForText(p, '#live', /2 new comments in the queue/, 30_000);
    assert.equal((await focused(p)).id, 'filter-kind', 'focus stays where it was');
    await q(p, `#item-${second}`);
    await clean(p, 'new items arrived');

    // Both selected at once, removed with one reason after a confirmation.
    await (await q(p, '#select-all')).click();
    await waitForText(p, '#selected-count', /2 comments selected/);
    await (await q(p, '#bulk-remove')).click();
    await typeInto(p, '#field-bulk-reason', 'Advertising');
    await (await q(p, '#bulk-apply')).click();
    await q(p, 'civic-console-confirm >>> dialog[open]');
    assert.match(await textOf(p, 'civic-console-confirm'), /Remove 2 comments\?/);
    await clean(p, 'bulk confirmation');
    await (await q(p, 'civic-console-confirm >>> button[value=confirm]')).click();
    await waitForText(p, '#live', /2 comments removed\./);
    assert.equal(await status(first, 'new-park'), 'removed');
    assert.equal(await status(second, 'new-park'), 'removed');
    const removed = await h.admin<{ detail: string }[]>('GET', '/audit?action=comment.remove');
    assert.deepEqual(
      removed.map((e) => e.detail),
      ['Advertising', 'Advertising'],
    );
    await waitForText(p, 'civic-console-moderation', /There is nothing to review/);
    await clean(p, 'empty queue');

    // The audit log says what was done, in words, with the reason.
    const admin = await signedIn(await h.staff('admin'), '#/audit?action=comment.hide');
    await waitForText(
      admin,
      'civic-console-audit >>> table',
      /Moderator Hid comment[\s\S]*Reason: .*Spam: sells things, harassment of readers/,
    );
    await clean(admin, 'audit log of the decision');
  });

  test('a participant is blocked (their next comment is refused), the block is lifted; other comments by them are found', async () => {
    const troll = citizen(h, 'troll');
    const one = await write(troll, 'new-park', 'First rude comment', 'Troll');
    await write(troll, 'new-park', 'Second rude comment', 'Troll');
    const p = await signedIn(moderator, '#/moderation?thread=new-park');
    await q(p, `#item-${one}`);

    // The participant's other comments in the discussion.
    await (await byText(p, `#item-${one} button`, 'Other comments by this participant')).click();
    await waitForFocus(p, (f) => f.id === `related-${one}`);
    await waitForText(p, `#item-${one} .panel`, /Second rude comment/);
    await clean(p, 'other comments by the participant');

    // Block for a day, with a reason.
    await (await q(p, `#block-${one}`)).click();
    await q(p, `#block-${one}-participant`);
    assert.equal(await (await q(p, `#block-${one}-participant`)).evaluate((e) => (e as HTMLInputElement).checked), true);
    await (await q(p, `#block-${one}-hours`)).select('24');
    await typeInto(p, `#field-block-${one}-reason`, 'Repeated insults');
    await clean(p, 'block form');
    await (await q(p, `#block-${one}-submit`)).click();
    await waitForText(p, '#live', /The participant is blocked until/);
    const refused = await troll.post('/threads/new-park/comments', { body: 'Let me in' });
    assert.equal(refused.status, 403);
    assert.match(((await refused.json()) as { detail: string }).detail, /You cannot take part here until/);
    assert.equal((await citizen(h, 'neighbour').post('/threads/new-park/comments', { body: 'Hello' })).status, 201, 'others can');

    // The Blocks tab lists it; lifting it (with a reason) lets them take part again.
    await p.go('#/moderation/blocks');
    await waitForText(p, 'civic-console-moderation >>> table', /A participant\s+Repeated insults/);
    await clean(p, 'blocks');
    await (await byText(p, 'civic-console-moderation >>> button', 'Lift')).click();
    await p.page.keyboard.type('Apologised by e-mail');
    await p.page.keyboard.press('Enter');
    await waitForText(p, '#live', /The block is lifted\./);
    assert.match(await textOf(p, 'civic-console-moderation >>> table'), /Lifted on .* by /);
    assert.equal((await troll.post('/threads/new-park/comments', { body: 'Sorry' })).status, 201);
    assert.equal((await h.admin<{ detail: string }[]>('GET', '/audit?action=block.lift'))[0]?.detail, 'Apologised by e-mail');
    await clean(p, 'lifted');
  });

  test('a discussion is searched for spam nobody reported; shortcuts turn off; Arabic at 360 px', async () => {
    const writer = citizen(h, 'writer');
    const spam = await write(writer, 'library-hours', 'CHEAP pills, visit http://pills.example');
    await write(writer, 'library-hours', 'Please open later on Thursdays');
    const welsh = await write(writer, 'library-hours', 'Cheap parking would help too', undefined, 'cy');
    const p = await signedIn(moderator, '#/moderation/thread');
    await waitForText(p, 'civic-console-moderation', /Choose a discussion to see its comments/);
    await (await q(p, '#search-thread')).select('library-hours');
    await typeInto(p, '#search-q', 'cheap');
    await p.page.keyboard.press('Enter');
    await waitForText(p, '#list-heading', /Comments in .*Library opening hours.* containing .*cheap/);
    assert.equal(await p.page.evaluate('location.hash'), '#/moderation/thread/library-hours?q=cheap');
    await q(p, `#item-${spam}`);
    assert.equal(await count(p, 'ol.queue > li'), 2);
    // A comment written on a Welsh page says so, and is marked for screen readers.
    assert.match(await textOf(p, `#item-${welsh}`), /Welsh/);
    assert.equal(await count(p, `#item-${welsh} p.user-text[lang=cy]`), 1);
    assert.doesNotMatch(await textOf(p, `#item-${spam} .meta`), /English|Welsh/, 'a comment of unknown language names none');
    await clean(p, 'search results');
    await (await q(p, `#remove-${spam}`)).click();
    await typeInto(p, `#field-decide-${spam}-reason`, 'Spam nobody reported');
    await p.page.keyboard.press('Enter');
    await waitForText(p, `#item-${spam}`, /Removed/);
    assert.equal(await status(spam, 'library-hours'), 'removed');

    // Turned off, a letter does nothing (WCAG 2.1.4); the setting is kept.
    await (await q(p, '#shortcuts-help summary')).click();
    await (await q(p, '#shortcuts-on')).click();
    await waitForText(p, '#live', /Keyboard shortcuts are off/);
    assert.match(await textOf(p, '#shortcuts-help summary'), /Keyboard shortcuts \(off\)/);
    await p.page.keyboard.press('j');
    assert.equal((await focused(p)).id, 'shortcuts-on', 'J did not move');
    assert.equal(await p.page.evaluate(`localStorage.getItem('civic-console-shortcuts')`), 'off');
    assert.equal(await count(p, '[aria-keyshortcuts]'), 0, 'no shortcut is announced on the buttons');
    await clean(p, 'shortcuts off');

    const ar = await signedIn(moderator, '#/moderation/thread/library-hours', { lang: 'ar', width: 360 });
    await waitForText(ar, 'h1', /الإشراف/);
    await q(ar, 'ol.queue article');
    assert.equal(
      await ar.page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'),
      true,
      'nothing wider than the screen',
    );
    await clean(ar, 'Arabic at 360 px');
  });

  test('editors and analysts do not see the page', async () => {
    const p = await signedIn(await h.staff('editor'), '#/moderation');
    await waitForText(p, 'h1', /You cannot see this page/);
    await clean(p, 'refused');
  });
});
