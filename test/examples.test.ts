/*
 * The framework examples as a developer runs them: examples/react (React 19,
 * Vite, TypeScript strict: its build type-checks first) and examples/vue
 * (Vue 3, Vite) are built with their own `npm run build`, against the built
 * packages (`npm test` builds them first), served as static sites and used in
 * Chromium: a citizen votes, rates and signs, and the app shows the events it
 * heard, with their typed details, and `civic-load` once.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

function build(example: string): string {
  const run = spawnSync('npm', ['run', 'build', '--workspace', `examples/${example}`], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `examples/${example}: npm run build\n${run.stdout}${run.stderr}`);
  return join(root, 'examples', example, 'dist');
}

/** A static server for a built app, on a free port. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` };
}

describe('The React and Vue examples, built and used in Chromium', () => {
  let browser: Browser;
  const servers: Server[] = [];

  before(async () => {
    assert.ok(existsSync(join(root, 'packages/elements/dist/react.d.ts')), 'packages are built (npm run build)');
    assert.ok(existsSync(chromiumPath), `Chromium is needed at ${chromiumPath} (set CHROME_PATH; .ci/run installs it)`);
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    for (const server of servers) await new Promise((r) => server.close(r));
  });

  async function open(example: string): Promise<{ page: Page; errors: string[] }> {
    const { server, url } = await serve(build(example));
    servers.push(server);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    return { page, errors };
  }
  const shadow = (page: Page, tag: string, selector: string) =>
    page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout: 15000 }, tag, selector);
  const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  const textIs = (page: Page, selector: string, expected: string) =>
    page.waitForFunction(
      (s, e) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() === e,
      { timeout: 15000 },
      selector,
      expected,
    );

  test('React 19: vote and rate; the app hears civic-vote and civic-rate with typed details, civic-load once', async () => {
    const { page, errors } = await open('react');
    await shadow(page, 'civic-poll', 'input[value="cycle-paths"]');
    await textIs(page, '#loads', 'Poll shown: 1');
    await page.click('civic-poll >>> input[value="cycle-paths"]');
    await page.click('civic-poll >>> [part=submit]');
    await shadow(page, 'civic-poll', '[part=notice]');
    assert.equal(await text(page, 'civic-poll >>> [part=notice]'), 'Thank you. Your vote has been recorded.');
    // The vote's detail, and the element reached through a React ref.
    await textIs(
      page,
      '#vote',
      'Your vote: cycle-paths (1 voted; asked "Which transport improvement should the city fund first in 2027?")',
    );

    await shadow(page, 'civic-rating', '[part=option]');
    await page.click('civic-rating >>> [part=option]');
    await textIs(page, '#rating', 'Your rating: 1');
    // The poll refreshed itself after the vote (its results show after voting); no second civic-load.
    assert.match(await text(page, 'civic-poll >>> [part=total]'), /^1 person has voted\.$/);
    assert.equal(await text(page, '#loads'), 'Poll shown: 1');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('Vue 3: vote and sign; the app hears civic-vote and civic-sign, civic-load once', async () => {
    const { page, errors } = await open('vue');
    await shadow(page, 'civic-poll', 'input[value="bus-lanes"]');
    await textIs(page, '#loads', 'Poll shown: 1');
    await page.click('civic-poll >>> input[value="bus-lanes"]');
    await page.click('civic-poll >>> [part=submit]');
    await textIs(page, '#vote', 'Your vote: bus-lanes (1 voted)');

    await shadow(page, 'civic-petition', '#name');
    await page.type('civic-petition >>> #name', 'Ada Lovelace');
    await page.type('civic-petition >>> #email', 'ada@example.org');
    await page.click('civic-petition >>> #consent');
    await page.click('civic-petition >>> [part=submit]');
    await textIs(page, '#signature', 'Your signature: confirmation sent to ada@example.org');
    // The app confirmed it through the MemoryAdapter's outbox: the count rises live.
    await page.waitForFunction(
      () => document.querySelector('civic-petition')?.shadowRoot?.querySelector('[part=count]')?.textContent === '1 signature',
      { timeout: 15000 },
    );
    assert.equal(await text(page, '#loads'), 'Poll shown: 1');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
