/*
 * The console's Petitions page in Chromium against the real server: an
 * editor finds a signature from an address spelt differently, invalidates it
 * with a reason and a confirmation (by keyboard), sees a burst from one
 * e-mail domain in the last hour, invalidates those signatures after a dry
 * run (the count drops), writes a response draft, sees it in the real
 * <civic-petition> preview, and publishes it: the public petition shows it.
 * Hostile names stay text; axe in every state; no CSP problem; Arabic at
 * 360 px. The bulk form's window and checks in Node first.
 */
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bulkCriteria, defaultWindow, sameCriteria, watchWindow } from '../packages/admin/src/petitions/model.js';
import { toLocalInput } from '../packages/admin/src/content/model.js';
import { type ConsoleHarness, type ConsolePage, startConsole } from './support/console.js';
import {
  byText,
  citizen,
  clean,
  confirmSignature,
  count,
  deepHelpers,
  q,
  textOf,
  typeInto,
  waitForFocus,
  waitForText,
} from './support/console-deep.js';

/** A name that would run script if it were ever treated as HTML. */
const HOSTILE = '<img src=x onerror="window.__pwned=1">Sam & "Smith"';

describe('Petitions model', () => {
  test('the window starts an hour ago and ends on the next minute; a watch window ends a minute after it', () => {
    const now = Date.parse('2026-05-04T10:20:30Z');
    const w = defaultWindow(now);
    assert.equal(w.fromIso, '2026-05-04T09:20:30.000Z');
    assert.equal(w.toIso, '2026-05-04T10:21:00.000Z');
    assert.equal(w.from, toLocalInput(w.fromIso));
    const watch = watchWindow({ from: '2026-05-04T09:20:30.000Z', to: '2026-05-04T10:20:30.000Z' });
    assert.equal(watch.fromIso, '2026-05-04T09:20:30.000Z', 'kept to the second');
    assert.equal(watch.toIso, '2026-05-04T10:21:00.000Z');
  });

  test('criteria: one domain (as typed, @ and capitals dropped) or one network, a window in order', () => {
    const window = defaultWindow(Date.parse('2026-05-04T10:20:30Z'));
    const { criteria } = bulkCriteria({ by: 'domain', value: ' @Example.ORG ', ...window });
    assert.deepEqual(criteria, { domain: 'example.org', from: window.fromIso, to: window.toIso });
    assert.deepEqual(bulkCriteria({ by: 'network', value: 'abc_DEF-1', ...window }).criteria?.network, 'abc_DEF-1');
    assert.deepEqual(bulkCriteria({ by: 'domain', value: '', ...window, to: '' }).problems, ['value', 'to']);
    assert.deepEqual(bulkCriteria({ by: 'domain', value: 'x.org', ...window, from: window.to, to: window.from }).problems, [
      'order',
    ]);
    assert.ok(sameCriteria(criteria, bulkCriteria({ by: 'domain', value: 'example.org', ...window }).criteria));
    assert.ok(!sameCriteria(criteria, bulkCriteria({ by: 'domain', value: 'example.com', ...window }).criteria));
  });
});

describe('Console: petitions', () => {
  let h: ConsoleHarness;
  let editor: string;
  const pages: ConsolePage[] = [];

  before(async () => {
    h = await startConsole({
      petitions: [
        {
          id: 'safe-streets',
          title: 'Safe streets near schools',
          summary: 'Slower traffic near every school.',
          goal: 10,
          milestones: [{ count: 3, label: 'Council notices' }],
          regions: [
            { id: 'north', label: 'North ward' },
            { id: 'south', label: 'South ward' },
          ],
          status: 'open',
        },
        // Written in two languages: the console shows its first.
        { id: 'bilingual', title: { cy: 'Strydoedd diogel', en: 'Safe streets (English)' }, goal: 5, status: 'open' },
      ],
    });
    editor = await h.staff('editor');
    const sign = async (name: string, email: string, confirm: boolean, regionId = 'north') => {
      const res = await citizen(h, 'signer').post('/petitions/safe-streets/signatures', { name, email, regionId, consent: true });
      assert.equal(res.status, 202);
      if (confirm) await confirmSignature(h, email);
    };
    await sign('Alice Martin', 'alice@mail.example', true);
    await sign(HOSTILE, 'Sam.Smith+petitions@gmail.com', true, 'south');
    await sign('Bot One', 'bot1@spam.example', true);
    await sign('Bot Two', 'bot2@spam.example', true);
    await sign('Bot Three', 'bot3@spam.example', false);
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
  const signatureCount = async () => (await h.admin<{ signatureCount: number }>('GET', '/petitions/safe-streets')).signatureCount;

  /** Confirms the open dialog by keyboard: focus starts on Cancel; Shift+Tab reaches the confirm button. */
  async function confirmByKeyboard(p: ConsolePage): Promise<void> {
    await q(p, 'civic-console-confirm >>> dialog[open]');
    await waitForFocus(p, (f) => f.tag === 'BUTTON' && /Cancel/.test(f.text));
    await p.page.keyboard.down('Shift');
    await p.page.keyboard.press('Tab');
    await p.page.keyboard.up('Shift');
    await p.page.keyboard.press('Enter');
  }

  test('an editor finds a signature by e-mail and invalidates it, then invalidates a domain after a dry run', async () => {
    assert.equal(await signatureCount(), 4);
    const p = await signedIn(editor, '#/petitions');
    await waitForText(p, 'civic-console-petitions >>> table', /Safe streets near schools\s+Open\s+4\s+10/);
    await waitForText(p, 'civic-console-petitions >>> table', /Strydoedd diogel/);
    assert.doesNotMatch(await textOf(p, 'civic-console-petitions >>> table'), /object Object/);
    await clean(p, 'list of petitions');
    await (await byText(p, 'civic-console-petitions >>> a', 'Safe streets near schools')).click();
    await waitForText(p, 'h1', /Safe streets near schools/);
    await waitForText(p, '.progress-line', /4 of 10 signatures \(40%\)/);
    await byText(p, 'civic-console-petitions >>> table caption', 'E-mail domains, most signatures first');
    await clean(p, 'a petition');

    // Find: another spelling of the same mailbox finds it; an editor sees the address masked.
    await typeInto(p, '#field-email', 'samsmith@GMAIL.com');
    await p.page.keyboard.press('Enter');
    await waitForText(p, '#found', /Signature found/);
    const row = await textOf(p, '#found tbody tr');
    assert.match(row, /Sam & "Smith"/, 'the hostile name is shown as text');
    assert.match(row, /s\*+@gmail\.com/);
    assert.doesNotMatch(row, /Sam\.Smith\+petitions/, 'no whole address for an editor');
    assert.equal(await count(p, 'img[src=x]'), 0);
    await clean(p, 'signature found');

    // Invalidate it by keyboard: the reason field takes focus, Enter submits, the dialog confirms.
    await (await byText(p, '#found button', 'Invalidate')).click();
    await waitForFocus(p, (f) => f.id === 'field-one-reason');
    await p.page.keyboard.press('Enter');
    await waitForText(p, '#error-summary', /Enter a reason/);
    await clean(p, 'reason missing');
    await (await q(p, '#field-one-reason')).focus();
    await p.page.keyboard.type('Asked by the signer to withdraw');
    await p.page.keyboard.press('Enter');
    await q(p, 'civic-console-confirm >>> dialog[open]');
    assert.match(await textOf(p, 'civic-console-confirm'), /Invalidate this signature\?/);
    await clean(p, 'confirm one');
    await confirmByKeyboard(p);
    await waitForText(p, '#signature-outcome', /is invalidated\. Signatures counted now: 3\./);
    await waitForFocus(p, (f) => f.id === 'signature-outcome');
    assert.equal(await signatureCount(), 3);
    assert.match(await textOf(p, '#found tbody tr'), /Invalidated/);

    // The last hour: spam.example stands out; its button fills in the bulk form and takes focus there.
    await p.go(`#/petitions/safe-streets`);
    await waitForText(p, '.progress-line', /3 of 10 signatures/);
    // Checking with nothing typed says what is missing.
    await (await q(p, '#bulk-check')).click();
    await waitForText(p, '#error-summary', /Enter an e-mail domain/);
    await clean(p, 'bulk form with an error');
    await (await byText(p, 'civic-console-petitions >>> button', 'Invalidate from this domain…: spam.example')).click();
    await waitForFocus(p, (f) => f.id === 'bulk-heading');
    assert.equal(await (await q(p, '#field-bulk-value')).evaluate((e) => (e as HTMLInputElement).value), 'spam.example');

    // Dry run first: nothing changes.
    await (await q(p, '#bulk-check')).click();
    await waitForText(p, '#bulk-matched', /3 signatures match: 2 confirmed and 1 waiting for confirmation\./);
    assert.equal(await signatureCount(), 3, 'the dry run changed nothing');
    await clean(p, 'dry run');
    await typeInto(p, '#field-bulk-reason', 'Burst of signatures from one throwaway domain');
    await (await q(p, '#bulk-run')).click();
    assert.match(await textOf(p, 'civic-console-confirm'), /Invalidate 3 signatures\?[\s\S]*spam\.example/);
    await confirmByKeyboard(p);
    await waitForText(p, '#bulk-outcome', /3 signatures are invalidated\. Signatures counted now: 1\./);
    assert.equal(await signatureCount(), 1, 'the count dropped');
    await waitForText(p, '.progress-line', /1 of 10 signatures/);
    await clean(p, 'after invalidating');

    const audit = await h.admin<{ action: string; detail: string; actor: { email: string } }[]>('GET', '/audit?limit=20');
    const bulk = audit.find((e) => e.action === 'signature.invalidate-matching');
    assert.equal(bulk?.detail, 'Burst of signatures from one throwaway domain');
    assert.equal(bulk?.actor.email, editor);
    assert.equal(audit.find((e) => e.action === 'signature.invalidate')?.detail, 'Asked by the signer to withdraw');
  });

  test('an editor writes a response draft, previews it in the widget, and publishes it', async () => {
    const p = await signedIn(editor, '#/petitions/safe-streets');
    await waitForText(p, '#response-heading', /Official response/);
    await waitForText(p, 'civic-console-petitions', /No draft is saved\./);
    // The milestone of 3 was reached while the fixture's signatures were confirmed: its mailing is listed.
    await waitForText(p, '#mailings', /3 signatures reached\s*\S.*Done\s*0\s*0\s*0/);
    // Saving nothing says so.
    await (await q(p, '#draft-save')).click();
    await waitForText(p, '#error-summary', /Write the response/);
    const answer = 'The council agrees: 20 mph near every school from September.\n\nThank you for signing.';
    await typeInto(p, '#field-response-body', answer);
    await (await q(p, '#draft-save')).click();
    await waitForText(p, '#draft-outcome', /The draft is saved/);
    await waitForText(p, '#draft-state', /Draft saved on .* by /);

    // The preview is the real widget, showing the draft as citizens will see it.
    await q(p, 'civic-console-preview >>> civic-petition');
    await waitForText(p, 'civic-petition', /Official response[\s\S]*The council agrees: 20 mph near every school/);
    const publicBefore = (await (await fetch(`${h.base}/api/v1/petitions/safe-streets`)).json()) as {
      petition: { response: unknown };
    };
    assert.equal(publicBefore.petition.response, null, 'the draft is not public');
    await clean(p, 'draft with its preview');

    // Publish, final: confirmed first.
    await (await q(p, '#response-publish')).click();
    assert.match(await textOf(p, 'civic-console-confirm'), /Publish this response\?[\s\S]*marked as responded/);
    await confirmByKeyboard(p);
    await waitForText(p, '#draft-outcome', /The response is published and the petition is marked as responded\./);
    const published = (await (await fetch(`${h.base}/api/v1/petitions/safe-streets`)).json()) as {
      petition: { status: string; response: { body: string } | null };
    };
    assert.equal(published.petition.response?.body, answer);
    assert.equal(published.petition.status, 'responded');
    await waitForText(p, 'civic-console-petitions', /Published response/);
    // Publishing starts the e-mail to signers who asked for updates: its progress is listed.
    await waitForText(p, '#mailings', /The response/);
    await clean(p, 'published');

    const ar = await signedIn(editor, '#/petitions/safe-streets', { lang: 'ar', width: 360 });
    await waitForText(ar, '#response-heading', /الرد الرسمي/);
    await byText(ar, 'civic-console-petitions >>> table caption', 'نطاقات البريد الإلكتروني');
    assert.equal(
      await ar.page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'),
      true,
      'nothing wider than the screen',
    );
    await clean(ar, 'Arabic at 360 px');
  });

  test('moderators and analysts do not see the page', async () => {
    const p = await signedIn(await h.staff('analyst'), '#/petitions/safe-streets');
    await waitForText(p, 'h1', /You cannot see this page/);
    assert.doesNotMatch(await textOf(p, 'nav'), /Petitions/);
    await clean(p, 'refused');
  });
});
