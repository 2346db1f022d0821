#!/usr/bin/env node
// Screenshots of the console for docs/console.md, taken from the running console
// so the guide shows what staff really see. Runs the built server (npm run build)
// with the sample content, creates an admin from the command line, adds a little
// activity (votes, comments, a report, signatures), signs in and photographs
// each page into docs/console/. Run it after changing the console:
//   npm run build && node scripts/console-screenshots.mjs
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { waitUp } from './wait-up.mjs';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/server/dist/cli.js');
const out = join(root, 'docs/console');
const PORT = 18796;
const base = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'a long enough passphrase';

/** The pages of docs/console.md: file name, route, and what must be on screen first. */
const SHOTS = [
  ['sign-in', '', 'input[name=email]', { signedIn: false }],
  ['home', '#/', 'ul.tasks'],
  ['content', '#/content/polls', 'table'],
  ['poll-editor', '#/content/polls/transport-2027', 'form'],
  ['moderation', '#/moderation', 'h1'],
  ['petition', '#/petitions/safe-school-streets', 'h1'],
  ['results', '#/results/polls/transport-2027', 'h1'],
  ['sites', '#/sites', 'h1'],
  ['staff', '#/staff', 'table'],
  ['audit', '#/audit', 'table'],
  ['home-arabic-phone', '#/', 'ul.tasks', { lang: 'ar', width: 390 }],
];

const dir = mkdtempSync(join(tmpdir(), 'civic-screens-'));
const env = {
  ...process.env,
  PORT: String(PORT),
  CIVIC_DATABASE_URL: `sqlite:${join(dir, 'screens.db')}`,
  CIVIC_PUBLIC_URL: base,
  CIVIC_LOG_LEVEL: 'warn',
};
const link = execFileSync(process.execPath, [cli, 'staff', 'add', '--role', 'admin', 'comms@riverton.example'], {
  env,
  encoding: 'utf8',
});
const server = spawn(process.execPath, [cli, 'start'], { env, stdio: 'inherit' });
try {
  await waitUp(base);
  const token = /#setup=([A-Za-z0-9_-]+)/.exec(link)?.[1];
  const post = (path, body, voter) =>
    fetch(`${base}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(voter ? { 'x-civic-voter': voter.padEnd(24, '0') } : {}) },
      body: JSON.stringify(body),
    });
  await post('/admin/setup', { token, password: PASSWORD });
  // A little activity, so lists and results are not empty.
  const view = await (await fetch(`${base}/api/v1/polls/transport-2027`)).json();
  const options = view.poll.options.map((o) => o.id);
  for (let i = 0; i < 12; i++)
    await post('/polls/transport-2027/votes', { choices: [options[i % options.length]] }, `screens-voter-${i}`);
  const comment = await (
    await post('/threads/library-hours/comments', { body: 'Open on Sundays, please.', authorName: 'Sam' }, 'screens-commenter')
  ).json();
  await post(
    `/threads/library-hours/comments/${comment.id}/reports`,
    { reason: 'off-topic', note: 'Not about hours' },
    'screens-reporter',
  );
  for (let i = 0; i < 3; i++)
    await post(
      '/petitions/safe-school-streets/signatures',
      { name: `Parent ${i}`, email: `parent${i}@example.org`, consent: true },
      `screens-signer-${i}`,
    );

  mkdirSync(out, { recursive: true });
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  try {
    for (const [name, hash, ready, options = {}] of SHOTS) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: options.width ?? 1280, height: 800 });
      if (options.lang)
        await page.evaluateOnNewDocument((lang) => localStorage.setItem('civic-console-lang', lang), options.lang);
      await page.goto(`${base}/admin/`, { waitUntil: 'networkidle0' });
      if (options.signedIn !== false) {
        await (await page.waitForSelector('pierce/input[name=email]')).type('comms@riverton.example');
        await (await page.$('pierce/input[name=password]')).type(PASSWORD);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector('civic-console')?.shadowRoot?.querySelector('nav'), {
          polling: 50,
        });
        await page.evaluate((h) => (location.hash = h), hash);
      }
      // One request may stay open: a dashboard's live stream.
      await page.waitForNetworkIdle({ idleTime: 300, concurrency: 1 });
      await page
        .waitForSelector(`pierce/${ready}`, { timeout: 10_000 })
        .catch(() => console.warn(`${name}: "${ready}" not found`));
      await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
      console.log(`docs/console/${name}.png`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
