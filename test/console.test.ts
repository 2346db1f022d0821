/*
 * The console's frame in Chromium against the real server: signing in by
 * keyboard, role-aware navigation, axe on every state of the frame, language
 * and direction, signing out, and no CSP or Trusted Types violation.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isRtl } from '@civic-widgets/core';
import { CONSOLE_TAGS } from '../packages/admin/src/i18n/shell.js';
import { type ConsoleHarness, PASSWORD, startConsole } from './support/console.js';

describe('Console frame', () => {
  let h: ConsoleHarness;
  before(async () => {
    h = await startConsole();
  });
  after(() => h.close());

  test('signs in by keyboard alone; wrong passwords are explained; axe finds nothing', async () => {
    const email = await h.staff('editor');
    const p = await h.open();
    assert.deepEqual(await p.axe(), [], 'sign-in page');
    // The page's heading has focus when it opens: the next stop is the e-mail field.
    await p.page.keyboard.press('Tab');
    await p.page.keyboard.type(email);
    await p.page.keyboard.press('Tab');
    await p.page.keyboard.type('not the password');
    await p.page.keyboard.press('Enter');
    await p.find('.error-summary');
    assert.match(await p.text(), /The e-mail address or password is not right/);
    assert.deepEqual(await p.axe(), [], 'sign-in page with an error');
    await (await p.find('input[name=password]')).click({ count: 3 });
    await p.page.keyboard.type(PASSWORD);
    await p.page.keyboard.press('Enter');
    await p.find('nav');
    const nav = await p.text();
    assert.match(nav, /Signed in as Editor \d+ \(editor\)/);
    assert.doesNotMatch(nav, /Staff|Audit log/, 'an editor is not offered staff or the audit log');
    assert.deepEqual(await p.axe(), [], 'home');
    assert.deepEqual(p.problems, []);
  });

  test('an admin sees every task; a page the role does not allow says so; sign out ends the session', async () => {
    const admin = await h.signedIn(await h.staff('admin'));
    assert.match(await admin.text(), /Staff[\s\S]*Audit log/);
    const analyst = await h.signedIn(await h.staff('analyst'), '#/staff');
    assert.match(await analyst.text(), /You cannot see this page/);
    assert.deepEqual(await analyst.axe(), []);
    await (await admin.find('header button')).click();
    await admin.find('input[name=email]');
    const after = await admin.page.evaluate(() => fetch('/api/v1/admin/session').then((r) => r.status));
    assert.equal(after, 401, 'the session ended on the server');
  });

  test('speaks the chosen language and lays Arabic out right to left', async () => {
    const p = await h.signedIn(await h.staff('moderator'), '', { lang: 'ar', width: 360 });
    assert.equal(await p.page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.match(await p.text(), /تسجيل الخروج/);
    assert.deepEqual(await p.axe(), []);
    const fr = await h.open('', { lang: 'fr' });
    assert.match(await fr.text(), /Se connecter/);
  });

  test('speaks each of its languages: chosen in the header, every word from that language, right to left where it reads so', async () => {
    const p = await h.signedIn(await h.staff('analyst'));
    for (const tag of CONSOLE_TAGS) {
      const module = (await import(`../packages/admin/src/i18n/shell/${tag}.ts`)) as {
        default?: Record<string, string>;
        en?: Record<string, string>;
      };
      const words = module.default ?? module.en!;
      await (await p.find('header select')).select(tag);
      // Its own language tag and all four words: a word alone may be the previous language's too (cs and sk: "Výsledky").
      const expected = ['console.signOut', 'nav.home', 'nav.results', 'console.language'].map((key) => words[key]);
      await p.page
        .waitForFunction(
          `document.documentElement.lang === ${JSON.stringify(tag)} && ${JSON.stringify(expected)}.every((w) => deepText(document.body).includes(w))`,
          { polling: 50, timeout: 10_000 },
        )
        .catch(() => undefined); // the assertions below say what is missing
      const text = await p.text();
      for (const key of ['console.signOut', 'nav.home', 'nav.results', 'console.language'])
        assert.ok(text.includes(words[key]!), `${tag}: ${key} reads "${words[key]}"`);
      assert.doesNotMatch(text, /\b(console|nav|home|signIn)\.[a-z]\w*/i, `${tag}: no message key shows`);
      assert.deepEqual(await p.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [
        tag,
        isRtl(tag) ? 'rtl' : 'ltr',
      ]);
      assert.equal(await p.page.evaluate(() => localStorage.getItem('civic-console-lang')), tag, `${tag} is kept`);
    }
    assert.deepEqual(p.problems, []);
  });
});
