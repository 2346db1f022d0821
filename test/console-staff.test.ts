/*
 * Staff, API tokens and the audit log in Chromium against the real server:
 * the first admin from the command line, invitations by keyboard with their
 * one-time links read from the page, each person setting a password and
 * signing in, role changes and disabling (sessions end), personal tokens
 * shown once and revoked, and the audit log showing each step with its
 * filters in the address and its CSV download. Axe on every state, no CSP or
 * Trusted Types problem, and hostile names stay text.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ElementHandle } from 'puppeteer-core';
import { type ConsoleHarness, type ConsolePage, PASSWORD, startConsole } from './support/console.js';

const FIRST = 'first-admin@council.example';
/** A name that would run script if it were ever treated as HTML. */
const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>Mo</b> & "Dee"';

interface Staff {
  id: number;
  email: string;
  name: string;
  role: string;
  status: string;
}

/** Waits until the page's text (through shadow roots) matches. */
async function waitForText(p: ConsolePage, pattern: RegExp): Promise<void> {
  await p.page.waitForFunction(`${String(pattern)}.test(deepText(document.body))`, { polling: 50, timeout: 10_000 });
}

/** The first element matching `selector` (through shadow roots) whose text matches. */
async function byText(p: ConsolePage, selector: string, pattern: RegExp): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    for (const element of await p.page.$$(`pierce/${selector}`))
      if (pattern.test((await element.evaluate((e) => e.textContent ?? '')).replace(/\s+/g, ' '))) return element;
    if (Date.now() > deadline) throw new Error(`No ${selector} with text ${String(pattern)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What has focus, through shadow roots: tag and text. */
function focused(p: ConsolePage): Promise<string> {
  return p.page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return `${active?.tagName ?? ''} ${(active?.textContent ?? '').trim().replace(/\s+/g, ' ')}`;
  });
}

async function waitForFocus(p: ConsolePage, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!pattern.test(await focused(p))) {
    if (Date.now() > deadline) throw new Error(`Focus is on "${await focused(p)}", not ${String(pattern)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function inputValue(p: ConsolePage, selector: string): Promise<string> {
  return (await p.find(selector)).evaluate((e) => (e as HTMLInputElement).value);
}

/** Table body rows shown in the audit log. */
function auditRows(p: ConsolePage): Promise<string[]> {
  return p.page.evaluate(
    `[...deepQuery('table.entries').tBodies[0].rows].map((r) => deepText(r).replace(/\\s+/g, ' ').trim())`,
  ) as Promise<string[]>;
}

function localDay(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('Console: staff, API tokens and the audit log', () => {
  let h: ConsoleHarness;
  let admin: ConsolePage;
  const pages: ConsolePage[] = [];
  const people = {
    editor: { email: 'ed.itor@council.example', name: 'Ed Itor', link: '', page: null as ConsolePage | null },
    moderator: { email: 'mo.derator@council.example', name: HOSTILE, link: '', page: null as ConsolePage | null },
    analyst: { email: 'ana.lyst@council.example', name: 'Ana Lyst', link: '', page: null as ConsolePage | null },
  };
  const staffId = async (email: string) => (await h.admin<Staff[]>('GET', '/staff')).find((s) => s.email === email)!.id;

  before(async () => {
    h = await startConsole();
  });
  after(async () => {
    for (const p of pages) {
      assert.deepEqual(p.problems, [], 'no page error, CSP or Trusted Types violation');
      assert.equal(await p.page.evaluate('window.__pwned'), undefined, 'no text ran as HTML');
    }
    await h.close();
  });

  /** Opens a set-up link, sets the password by keyboard, then signs in on the same page. */
  async function setUpAndSignIn(link: string, email: string): Promise<ConsolePage> {
    const p = await h.setPassword(link);
    pages.push(p);
    await (await p.find('input[name=email]')).type(email);
    await (await p.find('input[name=password]')).type(PASSWORD);
    await p.page.keyboard.press('Enter');
    await p.find('nav');
    return p;
  }

  test('the first admin comes from the command line and sets a password through its link', async () => {
    const stdout = await h.cli('staff', 'add', '--role', 'admin', FIRST);
    const link = new RegExp(`${h.base}/admin/#setup=[A-Za-z0-9_-]+`).exec(stdout)?.[0];
    assert.ok(link, stdout);
    admin = await setUpAndSignIn(link, FIRST);
    assert.match(await admin.text(), /Signed in as first-admin \(administrator\)/);
  });

  test('invites an editor, a moderator and an analyst by keyboard; each one-time link is shown once', async () => {
    await admin.go('#/staff');
    await admin.find('caption');
    assert.match(await admin.text(), /1 staff member/);
    assert.deepEqual(await admin.axe(), [], 'staff list');
    await waitForFocus(admin, /^H1 Staff/);
    await admin.page.keyboard.press('Tab');
    assert.match(await focused(admin), /^A Invite a staff member/);
    await admin.page.keyboard.press('Enter');
    await waitForFocus(admin, /^H1 Invite a staff member/);
    assert.deepEqual(await admin.axe(), [], 'invitation form');

    // Nothing filled in: the error summary says what is missing, and axe is still happy.
    await (await byText(admin, 'button', /Create invitation/)).press('Enter');
    await admin.find('.error-summary');
    await waitForFocus(admin, /^DIV The invitation was not created/);
    assert.match(await admin.text(), /Enter their e-mail address[\s\S]*Choose a role/);
    assert.deepEqual(await admin.axe(), [], 'invitation form with errors');
    // An address already taken: the server's own sentence, beside the field.
    await (await admin.find('input[name=email]')).type(FIRST);
    await (await admin.find('input[name=role][value=editor]')).click();
    await (await byText(admin, 'button', /Create invitation/)).press('Enter');
    await waitForText(admin, /first-admin@council\.example is already a staff member/);

    const roles = ['editor', 'moderator', 'analyst'] as const;
    for (const [i, role] of roles.entries()) {
      const person = people[role];
      if (i === 0) {
        // Start again on a clean form, as someone would after a mistake.
        await admin.go('#/staff');
        await admin.go('#/staff/invite');
      } else {
        await (await byText(admin, 'button', /Invite someone else/)).press('Enter');
      }
      await waitForFocus(admin, /^H1 Invite a staff member/);
      await admin.page.keyboard.press('Tab');
      assert.match(await focused(admin), /^INPUT/);
      await admin.page.keyboard.type(person.email);
      await admin.page.keyboard.press('Tab');
      await admin.page.keyboard.type(person.name);
      await admin.page.keyboard.press('Tab');
      // Into the roles (none chosen yet): the arrow keys choose admin, editor, moderator, analyst in turn.
      for (let n = 0; n < i + 1; n++) await admin.page.keyboard.press('ArrowDown');
      assert.equal(await admin.page.evaluate(`deepQuery('input[name=role]:checked').value`), role);
      await admin.page.keyboard.press('Tab');
      assert.match(await focused(admin), /^BUTTON Create invitation/);
      await admin.page.keyboard.press('Enter');
      await waitForFocus(admin, /^H1 Invitation created/);
      await waitForText(admin, /It works once, for 72 hours/);
      person.link = await inputValue(admin, 'textarea#secret');
      // (The server builds links on its configured public address; the harness's is fixed before it listens.)
      assert.match(person.link, /^https?:\/\/[^/]+\/admin\/#setup=[A-Za-z0-9_-]{20,}$/);
      if (role === 'moderator') assert.ok((await admin.text()).includes(HOSTILE), 'the name is shown as typed');
      assert.deepEqual(await admin.axe(), [], `invitation of the ${role}`);
    }
    assert.equal((await admin.page.$$('pierce/img')).length, 0, 'no element came from a name');

    // Copy puts the link on the clipboard and says so.
    await admin.page
      .browserContext()
      .overridePermissions(h.base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await (await byText(admin, 'button', /Copy link/)).click();
    await waitForText(admin, /Link copied\./);
    assert.equal(await admin.page.evaluate(() => navigator.clipboard.readText()), people.analyst.link);

    // Shown once: the list, and the invitation page opened again, have no link.
    await admin.go('#/staff');
    await waitForText(admin, /4 staff members/);
    const list = await admin.text();
    assert.match(list, /Ed Itor[\s\S]*ed\.itor@council\.example[\s\S]*Editor[\s\S]*Invited[\s\S]*Not set up yet[\s\S]*Never/);
    await admin.go('#/staff/invite');
    await admin.find('input[name=email]');
    for (const person of Object.values(people)) assert.ok(!(await admin.text()).includes(person.link.split('#setup=')[1]!));
  });

  test('each person sets a password through their link and signs in', async () => {
    for (const role of ['editor', 'moderator', 'analyst'] as const) {
      const person = people[role];
      person.page = await setUpAndSignIn(person.link, person.email);
      assert.match(await person.page.text(), new RegExp(`Signed in as .* \\(${role}\\)`));
    }
    assert.deepEqual(await people.moderator.page!.axe(), []);
    // The link worked once.
    const again = await h.open(new URL(people.editor.link).hash);
    pages.push(again);
    await (await again.find('input[name=password]')).type(PASSWORD);
    await (await again.find('input[name=confirm]')).type(PASSWORD);
    await again.page.keyboard.press('Enter');
    await waitForText(again, /This link is not valid any more/);
  });

  test('the admin changes a role and disables an account; their sessions end at once', async () => {
    await admin.go('#/staff');
    await waitForText(admin, /Active[\s\S]*Password/);
    // The hostile name is a link like any other, and stays text.
    await (await byText(admin, 'a', /Mo<\/b>/)).click();
    await waitForFocus(admin, /^H1 .*Mo<\/b>/);
    assert.deepEqual(await admin.axe(), [], 'member page');
    await (await admin.find('input[name=role][value=editor]')).click();
    await (await byText(admin, 'button', /Save role/)).click();
    await waitForText(admin, /Role changed to Editor\./);
    assert.deepEqual(await admin.axe(), [], 'member page after a change');

    // Their page is sent to sign-in on its next request.
    const moderator = people.moderator.page!;
    await moderator.go('#/tokens');
    await moderator.find('input[name=email]');
    assert.match(await moderator.text(), /Sign in with your work e-mail address/);

    // Disabling asks first; Cancel has focus, so Enter alone changes nothing.
    await admin.go(`#/staff/${await staffId(people.editor.email)}`);
    await waitForFocus(admin, /^H1 Ed Itor/);
    await (await byText(admin, 'button', /Disable account/)).click();
    await waitForFocus(admin, /^BUTTON Cancel/);
    assert.match(await admin.text(), /Disable the account of .*Ed Itor.*\?/);
    assert.deepEqual(await admin.axe(), [], 'confirmation dialog');
    await admin.page.keyboard.press('Enter');
    await waitForFocus(admin, /^BUTTON Disable account/);
    assert.doesNotMatch(await admin.text(), /is disabled/);
    await admin.page.keyboard.press('Enter');
    await waitForFocus(admin, /^BUTTON Cancel/);
    await admin.page.keyboard.down('Shift');
    await admin.page.keyboard.press('Tab');
    await admin.page.keyboard.up('Shift');
    assert.match(await focused(admin), /^BUTTON Yes, disable/);
    await admin.page.keyboard.press('Enter');
    await waitForText(admin, /The account of .*Ed Itor.* is disabled\. They have been signed out\./);
    assert.match(await admin.text(), /Status\s+Disabled/);
    assert.match(await admin.text(), /Re-enable the account before you make a set-up link/);
    assert.deepEqual(await admin.axe(), [], 'disabled member');
    const editor = people.editor.page!;
    await editor.go('#/tokens');
    await editor.find('input[name=email]');
    await (await editor.find('input[name=email]')).type(people.editor.email);
    await (await editor.find('input[name=password]')).type(PASSWORD);
    await editor.page.keyboard.press('Enter');
    await waitForText(editor, /The e-mail address or password is not right/);

    // Re-enabled, after confirming.
    await (await byText(admin, 'button', /Re-enable account/)).click();
    await (await byText(admin, 'button', /Yes, re-enable/)).click();
    await waitForText(admin, /The account of .*Ed Itor.* is enabled again\./);
    assert.match(await admin.text(), /Status\s+Active/);

    // Nobody can drop their own admin role or disable themselves: the server says so.
    await admin.go(`#/staff/${await staffId(FIRST)}`);
    await waitForText(admin, /This is your own account/);
    await (await admin.find('input[name=role][value=analyst]')).click();
    await (await byText(admin, 'button', /Save role/)).click();
    await admin.find('.error-summary');
    await waitForText(admin, /You cannot disable yourself or give up your own admin role/);
    assert.deepEqual(await admin.axe(), [], 'own account refused');
    await (await byText(admin, 'button', /Disable account/)).click();
    await (await byText(admin, 'button', /Yes, disable/)).click();
    await waitForFocus(admin, /^DIV The change was not saved/);
    assert.match(await admin.text(), /Role\s+Administrator\s+Status\s+Active/);

    // A new set-up link for someone who forgot their password.
    await admin.go(`#/staff/${await staffId(people.analyst.email)}`);
    await (await byText(admin, 'button', /Make a new set-up link/)).click();
    await waitForText(admin, /A new set-up link for .*Ana Lyst.* is ready/);
    await waitForFocus(admin, /^TEXTAREA/);
    const reset = await inputValue(admin, 'textarea#secret');
    assert.match(reset, /#setup=/);
    assert.notEqual(reset, people.analyst.link);
    assert.deepEqual(await admin.axe(), [], 'new set-up link');
  });

  test('API tokens: created by keyboard, shown once, working, then revoked after confirming', async () => {
    const p = people.analyst.page!;
    await p.go('#/tokens');
    await waitForText(p, /You have no API tokens/);
    assert.match(await p.text(), /nightly export[\s\S]*\(analyst\)[\s\S]*Authorization: Bearer/);
    assert.deepEqual(await p.axe(), [], 'no tokens');
    await waitForFocus(p, /^H1 API tokens/);
    await p.page.keyboard.press('Tab');
    await p.page.keyboard.type('Nightly <script>export</script>');
    await p.page.keyboard.press('Enter');
    await waitForFocus(p, /^H2 Your new token/);
    const token = await inputValue(p, 'textarea#secret');
    assert.match(token, /^civic_pat_/);
    assert.match(await p.text(), /It will not be shown again/);
    assert.deepEqual(await p.axe(), [], 'token shown once');

    const call = (path: string) => fetch(`${h.base}/api/v1/admin${path}`, { headers: { authorization: `Bearer ${token}` } });
    const listed = await call('/tokens');
    assert.equal(listed.status, 200, 'the token works');
    assert.equal(((await listed.json()) as { name: string }[])[0]?.name, 'Nightly <script>export</script>');
    assert.equal((await call('/staff')).status, 403, 'with its owner’s role only');

    await (await byText(p, 'button', /I have stored it/)).click();
    await waitForFocus(p, /^INPUT/);
    await p.go('#/');
    await p.go('#/tokens');
    await waitForText(p, /Your 1 token/);
    assert.ok(!(await p.text()).includes(token), 'never shown again');
    assert.match(await p.text(), /Nightly <script>export<\/script>[\s\S]*Active/);

    await (await byText(p, 'button', /Revoke/)).click();
    await waitForText(p, /Revoke the token “.*Nightly <script>export<\/script>.*”\?/);
    assert.deepEqual(await p.axe(), [], 'revoke confirmation');
    await (await byText(p, 'button', /Yes, revoke/)).click();
    await waitForText(p, /The token “.*” is revoked\./);
    assert.match(await p.text(), /Revoked/);
    assert.deepEqual(await p.axe(), [], 'revoked');
    assert.equal((await call('/tokens')).status, 401, 'a revoked token no longer works');
  });

  test('the audit log shows every step, the role change before → after, filters in the address, CSV of the filtered rows', async () => {
    await admin.go('#/audit');
    await admin.find('table.entries');
    const all = (await auditRows(admin)).join('\n');
    for (const step of [
      /Command line .*Invited staff member/,
      /first-admin@council\.example Administrator Set password/,
      /first-admin@council\.example Administrator Signed in .*password/,
      /first-admin@council\.example Administrator Invited staff member/,
      /ana\.lyst@council\.example Analyst Set password/,
      /first-admin@council\.example Administrator Changed staff member/,
      /first-admin@council\.example Administrator Made set-up link/,
      /ana\.lyst@council\.example Analyst Created API token/,
      /ana\.lyst@council\.example Analyst Revoked API token/,
    ])
      assert.match(all, step);
    assert.deepEqual(await admin.axe(), [], 'audit log');

    // Filter by who and action through the form: the filters go into the address.
    await (await admin.find('input[name=actor]')).type(FIRST);
    await admin.page.select('pierce/select[name=action]', 'staff.update');
    await (await byText(admin, 'button', /Apply filters/)).click();
    await admin.page.waitForFunction(() => location.hash.includes('action=staff.update'));
    await waitForText(admin, /3 entries, newest first/);
    const updates = await auditRows(admin);
    assert.equal(updates.length, 3, 'role change, disable, re-enable');
    assert.ok(updates.every((row) => row.includes('Changed staff member')));
    for (const summary of await admin.page.$$('pierce/table summary')) await summary.click();
    const changes = (await auditRows(admin)).join('\n');
    assert.match(changes, /role moderator editor/, 'the role change, before → after');
    assert.match(changes, /status active disabled/);
    assert.match(changes, /status disabled active/);
    assert.deepEqual(await admin.axe(), [], 'changes shown');

    // The filtered view survives a reload (a bookmark).
    await admin.page.reload({ waitUntil: 'networkidle0' });
    await waitForText(admin, /3 entries, newest first/);
    assert.equal(await inputValue(admin, 'select[name=action]'), 'staff.update');
    assert.equal(await inputValue(admin, 'input[name=actor]'), FIRST);

    // The download links carry the filters and the session cookie.
    const csvLink = await admin.page.evaluate(`deepQuery('a[download="audit.csv"]').href`);
    const csv = (await admin.page.evaluate(
      (url) =>
        fetch(url as string).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.text() })),
      csvLink,
    )) as { status: number; type: string; body: string };
    assert.equal(csv.status, 200);
    assert.match(csv.type, /text\/csv/);
    const lines = csv.body.trim().split(/\r?\n/);
    assert.equal(lines.length, 4, 'a header and the three filtered rows');
    assert.ok(lines.slice(1).every((line) => line.includes('staff.update') && line.includes(FIRST)));
    const jsonLink = await admin.page.evaluate(`deepQuery('a[download="audit.json"]').href`);
    const json = (await admin.page.evaluate((url) => fetch(url as string).then((r) => r.json()), jsonLink)) as {
      action: string;
    }[];
    assert.deepEqual(
      json.map((e) => e.action),
      ['staff.update', 'staff.update', 'staff.update'],
    );

    // Dates: today has them all, yesterday nothing.
    await admin.go(`#/audit?action=staff.update&from=${localDay()}&to=${localDay()}`);
    await waitForText(admin, /3 entries, newest first/);
    await admin.go(`#/audit?to=${localDay(-1)}`);
    await waitForText(admin, /No entries match these filters/);
    assert.deepEqual(await admin.axe(), [], 'no entries');

    // One item's history.
    const moderatorId = await staffId(people.moderator.email);
    await admin.go(`#/audit?resourceKind=staff&resourceId=${moderatorId}`);
    await admin.find('table.entries');
    const history = (await auditRows(admin)).join('\n');
    assert.match(history, /Changed staff member[\s\S]*Signed in[\s\S]*Set password[\s\S]*Invited staff member/);
    assert.ok(history.includes(HOSTILE), 'the name in before → after stays text');

    // Older entries, 50 at a time.
    for (let i = 0; i < 55; i++) await h.admin('POST', '/sites', { origin: `https://site-${i}.example` });
    await admin.go('#/audit?action=site.add');
    await waitForText(admin, /50 entries, newest first/);
    assert.match((await auditRows(admin))[0]!, /Break-glass token .*Allowed site .*https:\/\/site-54\.example/);
    await (await byText(admin, 'a', /Older entries/)).click();
    await waitForText(admin, /5 older entries/);
    assert.match((await auditRows(admin)).at(-1)!, /https:\/\/site-0\.example/);
    assert.match(await admin.page.evaluate(() => location.hash), /action=site\.add&before=\d+/);
    await (await byText(admin, 'a', /Newest entries/)).click();
    await waitForText(admin, /50 entries, newest first/);
  });

  test('an analyst is told they cannot see staff or the audit log', async () => {
    const p = people.analyst.page!;
    assert.doesNotMatch(await p.text(), /Audit log/);
    for (const hash of ['#/staff', '#/staff/invite', '#/audit']) {
      await p.go(hash);
      await waitForText(p, /You cannot see this page[\s\S]*Your role \(analyst\) does not include this task/);
      assert.deepEqual(await p.axe(), [], hash);
    }
  });

  test('right to left in Arabic, on a narrow screen, dark, with axe clean', async () => {
    const p = await h.signedIn(FIRST, '#/staff', { lang: 'ar', width: 320, dark: true });
    pages.push(p);
    assert.equal(await p.page.evaluate(() => document.documentElement.dir), 'rtl');
    for (const [hash, heading] of [
      ['#/staff', /4 موظفين/],
      [`#/staff/${await staffId(people.analyst.email)}`, /تغيير الدور/],
      ['#/staff/invite', /إنشاء الدعوة/],
      ['#/tokens', /إنشاء الرمز/],
      ['#/audit', /تصفية السجل/],
    ] as const) {
      await p.go(hash);
      await waitForText(p, heading);
      await p.page.waitForFunction(`!/Loading|جارٍ/.test(deepText(document.body))`);
      assert.deepEqual(await p.axe(), [], hash);
      if (hash === '#/audit')
        assert.equal(
          await p.page.evaluate(`deepQuery('details.filter-panel').open`),
          false,
          'on a phone the entries come before the filters',
        );
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(
        overflow <= 0,
        `${hash}: the page does not scroll sideways (${overflow}px); wide tables scroll inside their frame`,
      );
    }
  });
});
