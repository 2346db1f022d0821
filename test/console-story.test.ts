/*
 * The agency's console as one story, in Chromium against the real server
 * (SQLite, or PostgreSQL with CIVIC_TEST_DATABASE_URL), told twice: with
 * passwords, and through the agency's OpenID provider. The first admin comes
 * from the command line and invites an editor, a moderator and an analyst in
 * the console; each joins, and later signs in, in a browser of their own. The
 * editor creates a poll (the form says what is missing, the preview shows it),
 * opens it and copies its snippet into a page on another origin; a citizen's
 * vote there is refused until the admin allows the site under Sites, where it
 * is listed as refused. The analyst, watching the dashboard, sees the vote
 * within 2 s of it being cast and downloads the CSV, with labels. A citizen's
 * comment on that page is reported by another, and the moderator hides it
 * with a reason; an editor publishes a petition response; the admin finds
 * every one of these steps in the audit log. Staff act through the console's
 * pages by keyboard and clicks, citizens through the widgets on the site.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Seed } from '@civic-widgets/core';
import { type ConsoleHarness, type ConsolePage, type Role, invite, startConsole } from './support/console.js';
import { byText, clean, count, deepHelpers, q, textOf, typeInto, waitForText } from './support/console-deep.js';

interface Person {
  email: string;
  name: string;
  role: Role;
  /** Their account at the agency's OpenID provider. */
  account: string;
}

const ADMIN: Person = { email: 'ada.admin@council.example', name: 'ada.admin', role: 'admin', account: 'ada' };
const EDITOR: Person = { email: 'ed.itor@council.example', name: 'Ed Itor', role: 'editor', account: 'ed' };
const MODERATOR: Person = { email: 'mo.derator@council.example', name: 'Mo Derator', role: 'moderator', account: 'mo' };
const ANALYST: Person = { email: 'ana.lyst@council.example', name: 'Ana Lyst', role: 'analyst', account: 'ana' };
const INVITED = [EDITOR, MODERATOR, ANALYST];
/** The provider's groups that give each role (ROLE_MAP). */
const GROUP: Record<Role, string> = {
  admin: 'civic-admins',
  editor: 'civic-editors',
  moderator: 'civic-moderators',
  analyst: 'civic-analysts',
};
const ROLE_NAME: Record<Role, string> = { admin: 'Administrator', editor: 'Editor', moderator: 'Moderator', analyst: 'Analyst' };

const QUESTION = 'Which night bus routes should run?';
const HIDE_REASON = 'Advertising: sells watches';
const RESPONSE = 'The council agrees: 20 mph near every school from September.';

/** What the council had before the story starts: a discussion on its news site, and a petition. */
const SEED: Seed = {
  threads: [{ id: 'library-hours', title: 'Library opening hours' }],
  petitions: [{ id: 'safe-streets', title: 'Safe streets near schools', goal: 100, status: 'open' }],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The council's news site on another origin: a page into which its web team pastes what the console gives them. */
interface Site {
  origin: string;
  paste(html: string): void;
  close(): Promise<void>;
}

async function startSite(): Promise<Site> {
  let pasted = '';
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Riverton News: night buses</title></head>
<body>
<main>
<h1>Night buses: have your say</h1>
${pasted}
</main>
</body>
</html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    // "localhost", where the server is at 127.0.0.1: another origin, and another site.
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    paste: (html) => void (pasted = html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function story(sso: boolean): void {
  let h: ConsoleHarness;
  let site: Site;
  let admin: ConsolePage;
  /** The citizen on the news site. */
  let citizen: ConsolePage;
  let commentId = '';
  const pages: ConsolePage[] = [];

  before(async () => {
    h = await startConsole(SEED, { oidc: sso });
    site = await startSite();
    // With single sign-on, the provider knows each person, and their group says their role.
    for (const person of [ADMIN, ...INVITED])
      h.provider?.accounts.set(person.account, {
        email: person.email,
        email_verified: true,
        name: person.name,
        groups: [GROUP[person.role]],
      });
  });
  after(async () => {
    for (const p of pages) assert.deepEqual(p.problems, [], `no page error or CSP violation at ${p.page.url()}`);
    await h?.close();
    await site?.close();
  });

  const watched = async (p: ConsolePage) => {
    pages.push(p);
    await deepHelpers(p);
    return p;
  };
  /** Signs in in a browser context of their own, as they would each time. */
  const signIn = async (person: Person) =>
    watched(sso ? await h.signedInWithProvider(person.account) : await h.signedIn(person.email));
  const done = (p: ConsolePage) => p.page.browserContext().close();
  /** Goes where a link of the console's navigation leads, as a person clicks it. */
  const navigate = async (p: ConsolePage, label: string) => {
    await (await byText(p, 'nav a', label)).click();
    await p.settle();
  };

  test('the first admin comes from the command line and signs in', async () => {
    const printed = await h.cli('staff', 'add', '--role', 'admin', ADMIN.email);
    assert.match(printed, new RegExp(`Added ${escape(ADMIN.email)} as admin\\.`));
    const link = new RegExp(`${escape(h.base)}/admin/#setup=[A-Za-z0-9_-]+`).exec(printed)?.[0];
    assert.ok(link, printed);
    // With single sign-on the link is not needed: the provider vouches for the same address, and the account is linked.
    if (!sso) await done(await watched(await h.setPassword(link)));
    admin = await signIn(ADMIN);
    await waitForText(admin, 'body', /Signed in as ada\.admin \(administrator\)/);
    await clean(admin, 'home of the first admin');
  });

  test('the admin invites an editor, a moderator and an analyst; each joins in a browser of their own', async () => {
    for (const person of INVITED) {
      const link = await invite(admin, person);
      // Password: each opens their link and sets one. Single sign-on: their first sign-in through the provider.
      await done(await watched(sso ? await h.signedInWithProvider(person.account) : await h.setPassword(link)));
    }
    await navigate(admin, 'Staff');
    await waitForText(admin, 'body', /4 staff members/);
    const list = await textOf(admin, 'table');
    for (const person of [ADMIN, ...INVITED])
      assert.match(
        list,
        new RegExp(
          `${escape(person.name)}( \\(you\\))? ${escape(person.email)} ${ROLE_NAME[person.role]} Active ${sso ? 'Single sign-on' : 'Password'}`,
        ),
      );
    await clean(admin, 'staff list');
  });

  test('the editor creates a poll: the form says what is missing, the preview shows it; opened, its snippet is copied', async () => {
    const editor = await signIn(EDITOR);
    await navigate(editor, 'Content');
    await (await byText(editor, 'a', 'Polls')).click();
    await (await editor.find('#create')).click();
    await (await editor.find('#save')).click();
    await waitForText(
      editor,
      '#error-summary',
      /Question cannot be empty[\s\S]*Label of option 1 cannot be empty[\s\S]*Label of option 2 cannot be empty/,
    );
    await clean(editor, 'poll form with errors');

    await typeInto(editor, '#field-question', QUESTION);
    await typeInto(editor, '#field-options-0-label', 'Route N1');
    await typeInto(editor, '#field-options-1-label', 'Route N2');
    await typeInto(editor, '#field-id', 'night-buses');
    await (await editor.find('#save')).click();
    await waitForText(editor, '#notice', /saved as a draft/);
    await waitForText(editor, 'h1', new RegExp(escape(QUESTION)));

    // The preview is the real widget; a vote there is not sent.
    await waitForText(editor, 'civic-poll', new RegExp(`${escape(QUESTION)}[\\s\\S]*Route N1[\\s\\S]*Route N2`));
    await (await q(editor, 'civic-poll >>> input[value=route-n1]')).click();
    await (await q(editor, 'civic-poll >>> [part=submit]')).click();
    await waitForText(editor, 'civic-console-preview', /This is a preview: nothing was sent or counted/);

    await (await editor.find('#action-open')).click();
    await waitForText(editor, '#notice', /It is open/);

    // The code to paste into a page, copied.
    await editor.page
      .browserContext()
      .overridePermissions(h.base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await (await byText(editor, 'civic-console-snippet >>> button', 'Copy code')).click();
    await waitForText(editor, 'civic-console-snippet >>> [role=status]', /Copied|selected/);
    // Without a clipboard the code is selected, for the person to copy.
    const copied = /Copied/.test(await textOf(editor, 'civic-console-snippet >>> [role=status]'));
    const snippet = (await editor.page.evaluate(copied ? 'navigator.clipboard.readText()' : 'String(getSelection())')) as string;
    assert.equal(
      snippet,
      `<script type="module" src="${h.base}/cdn/civic-widgets.js" data-endpoint="${h.base}/api/v1"></script>\n` +
        `<civic-poll poll-id="night-buses"></civic-poll>`,
    );
    await clean(editor, 'open poll with its snippet');
    await done(editor);
    // The web team pastes it into the news site, with the discussion the site already had.
    site.paste(`${snippet}\n<h2>Library opening hours</h2>\n<civic-comments thread-id="library-hours"></civic-comments>`);
  });

  test('on the news site the vote is refused until the admin allows the site, which Sites lists as refused', async () => {
    citizen = await watched(await h.visit(`${site.origin}/`));
    await waitForText(citizen, 'civic-poll', new RegExp(escape(QUESTION)));
    await (await q(citizen, 'civic-poll >>> input[value=route-n2]')).click();
    await (await q(citizen, 'civic-poll >>> [part=submit]')).click();
    await waitForText(citizen, 'civic-poll', /This site is not allowed to use this service/);

    await navigate(admin, 'Sites');
    await waitForText(admin, 'civic-console-sites', /Sites refused recently/);
    assert.match(
      await textOf(admin, 'civic-console-sites >>> table'),
      new RegExp(`${escape(site.origin)}\\s+1`),
      'the refused site, with its one refusal',
    );
    await (await byText(admin, 'civic-console-sites >>> button', `Allow: ${site.origin}`)).click();
    await waitForText(admin, '#notice', /is allowed: people on its pages can now take part/);
    await waitForText(admin, 'civic-console-sites', /No site has been refused recently/);
    await clean(admin, 'site allowed');
  });

  test('the analyst watching the dashboard sees the vote within 2 s; the CSV has labels, not ids', async () => {
    const analyst = await signIn(ANALYST);
    await navigate(analyst, 'Results');
    await (await byText(analyst, 'civic-console-results >>> a', QUESTION)).click();
    await waitForText(analyst, '.summary-list', /People who voted 0/);

    // The citizen tries again, now that the site is allowed.
    const cast = Date.now();
    await (await q(citizen, 'civic-poll >>> [part=submit]')).click();
    await waitForText(analyst, '.summary-list', /People who voted 1/, Math.max(1, 2_000 - (Date.now() - cast)));
    await waitForText(citizen, 'civic-poll', /Thank you\. Your vote has been recorded\./);
    assert.match(await textOf(analyst, '.chart-table tbody'), /Route N1 0 0% Route N2 1 100%/);
    await clean(analyst, 'dashboard with the vote');

    // The CSV, fetched as its link is (with the analyst's session).
    const href = await (await q(analyst, 'a[data-table=options]')).evaluate((a) => (a as HTMLAnchorElement).href);
    const csv = (await analyst.page.evaluate(
      `fetch(${JSON.stringify(href)}).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), text: await r.text() }))`,
    )) as { status: number; type: string; text: string };
    assert.equal(csv.status, 200);
    assert.match(csv.type, /text\/csv/);
    assert.deepEqual(
      csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
      ['Option,Votes', '"Route N1",0', '"Route N2",1', '"Total",1'],
    );
    await done(analyst);
  });

  test("a citizen's comment is reported by another; the moderator hides it with a reason", async () => {
    await typeInto(citizen, 'civic-comments >>> #body-root', 'Cheap watches at http://watches.example');
    await (await q(citizen, 'civic-comments >>> form[aria-labelledby=form-title-root] [part=submit]')).click();
    await waitForText(citizen, 'civic-comments', /Your comment has been published\./);
    commentId = (await (await q(citizen, 'civic-comments >>> [part=list] > li > article')).evaluate((e) => e.id)).replace(
      /^c-/,
      '',
    );

    // Another citizen, in a browser of their own, reports it from the site.
    const reader = await watched(await h.visit(`${site.origin}/`));
    await (await q(reader, `civic-comments >>> #report-${commentId}`)).click();
    await (await byText(reader, 'civic-comments >>> [role=menuitem]', 'Spam or advertising')).click();
    await waitForText(reader, 'civic-comments', /Thank you\. The comment has been reported to the moderators\./);

    const moderator = await signIn(MODERATOR);
    await navigate(moderator, 'Moderation');
    await waitForText(moderator, `#item-${commentId}`, /Cheap watches[\s\S]*Reported once: Spam or advertising/);
    await (await q(moderator, `#hide-${commentId}`)).click();
    await (await q(moderator, `#field-decide-${commentId}-reason`)).type(HIDE_REASON);
    await moderator.page.keyboard.press('Enter');
    await waitForText(moderator, '#live', /hidden\./);
    assert.equal(await count(moderator, `#item-${commentId}`), 0, 'it leaves the queue');
    await clean(moderator, 'comment hidden');
    await done(moderator);

    // Gone from the site.
    await reader.page.reload();
    await reader.settle();
    await waitForText(reader, 'civic-comments', /Library opening hours|comment/i);
    assert.equal(await count(reader, `civic-comments >>> #c-${commentId}`), 0);
  });

  test('an editor publishes a petition response', async () => {
    const editor = await signIn(EDITOR);
    await navigate(editor, 'Petitions');
    await (await byText(editor, 'civic-console-petitions >>> a', 'Safe streets near schools')).click();
    await waitForText(editor, '#response-heading', /Official response/);
    await typeInto(editor, '#field-response-body', RESPONSE);
    await (await q(editor, '#draft-save')).click();
    await waitForText(editor, '#draft-outcome', /The draft is saved/);
    await waitForText(editor, 'civic-petition', new RegExp(`Official response[\\s\\S]*${escape(RESPONSE)}`));
    await (await q(editor, '#response-publish')).click();
    await waitForText(editor, 'civic-console-confirm', /Publish this response\?/);
    await (await q(editor, 'civic-console-confirm >>> button[value=confirm]')).click();
    await waitForText(editor, '#draft-outcome', /The response is published and the petition is marked as responded\./);
    const published = (await (await fetch(`${h.base}/api/v1/petitions/safe-streets`)).json()) as {
      petition: { status: string; response: { body: string } | null };
    };
    assert.equal(published.petition.status, 'responded');
    assert.equal(published.petition.response?.body, RESPONSE);
    await clean(editor, 'response published');
    await done(editor);
  });

  test('the audit log shows every one of these steps', async () => {
    await navigate(admin, 'Audit log');
    await admin.find('table.entries');
    const rows = (
      (await admin.page.evaluate(
        `[...deepQuery('table.entries').tBodies[0].rows].map((r) => deepText(r).replace(/\\s+/g, ' ').trim())`,
      )) as string[]
    ).join('\n');
    const by = (person: Person) => `${escape(person.email)} ${ROLE_NAME[person.role]}`;
    const signedIn = sso ? 'Signed in .*through single sign-on' : 'Signed in .*with a password';
    const steps = [
      /Command line .*Invited staff member/,
      ...(sso
        ? [new RegExp(`${by(ADMIN)} Changed staff member .*through single sign-on`)]
        : [new RegExp(`${by(ADMIN)} Set password`)]),
      new RegExp(`${by(ADMIN)} ${signedIn}`),
      ...INVITED.flatMap((person) => [
        new RegExp(`${by(ADMIN)} Invited staff member .*${escape(person.name)}`),
        new RegExp(`${by(person)} ${sso ? 'Changed staff member .*through single sign-on' : 'Set password'}`),
        new RegExp(`${by(person)} ${signedIn}`),
      ]),
      new RegExp(`${by(EDITOR)} Created poll .*night-buses`),
      new RegExp(`${by(EDITOR)} Opened poll .*night-buses`),
      new RegExp(`${by(ADMIN)} Allowed site .*${escape(site.origin)}`),
      new RegExp(`${by(MODERATOR)} Hid comment .*Reason: .${escape(HIDE_REASON)}. Comment ${commentId} `),
      new RegExp(`${by(EDITOR)} Saved draft petition response .*safe-streets`),
      new RegExp(`${by(EDITOR)} Published petition response .*safe-streets`),
    ];
    for (const step of steps) assert.match(rows, step);
    await clean(admin, 'audit log');
  });
}

describe('The console, end to end, with passwords', () => story(false));
describe('The console, end to end, through single sign-on', () => story(true));
