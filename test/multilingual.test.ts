/*
 * Multilingual content end to end: a poll written in Welsh and English through
 * the real admin API; the real bundles on a Welsh page and an English page of
 * another origin, in Chromium. A Welsh page shows the Welsh text (marked
 * `lang="cy"`, the interface in Welsh too), an English page the English text,
 * and a vote on one is counted in the one result both show.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type CivicServer, createServer } from '../packages/server/src/server.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import welshPoll from '../packages/elements/src/poll/messages/cy.ts';

const root = new URL('..', import.meta.url).pathname;
const cdnDir = join(root, 'packages/elements/dist/cdn');
const ADMIN = 'multilingual-admin-token-0123456789-abc';

const poll = {
  id: 'bins-2027',
  question: { en: 'Which collection day suits you?', cy: 'Pa ddiwrnod casglu sy’n gyfleus i chi?' },
  description: { en: 'Bins are collected once a week.', cy: 'Caiff biniau eu casglu unwaith yr wythnos.' },
  options: [
    { id: 'mon', label: { en: 'Monday', cy: 'Dydd Llun' } },
    { id: 'fri', label: { en: 'Friday', cy: 'Dydd Gwener' } },
  ],
  resultsVisibility: 'always',
};

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

describe('Multilingual content: one poll in Welsh and English, real server, Chromium', () => {
  let api: CivicServer;
  let apiBase: string;
  let pages: Server;
  let pageBase: string;
  let browser: Browser;
  let dir: string;

  before(async () => {
    assert.ok(existsSync(join(cdnDir, 'civic-widgets.js')), 'bundles are built (npm run build)');
    dir = mkdtempSync(join(tmpdir(), 'civic-multilingual-'));
    pages = createHttpServer((req, res) => {
      const lang = req.url?.includes('cy') ? 'cy' : 'en-GB';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Bins</title>
<script type="module" src="${apiBase}/cdn/civic-widgets.js" data-endpoint="${apiBase}/api/v1"></script>
</head><body><main><civic-poll poll-id="bins-2027"></civic-poll></main></body></html>`);
    });
    pageBase = `http://127.0.0.1:${await listen(pages)}`;
    api = await createServer(
      { databaseUrl: `sqlite:${join(dir, 'm.db')}`, port: 0, host: '127.0.0.1', logLevel: 'silent', cdnDir, adminToken: ADMIN },
      { CIVIC_ALLOWED_ORIGINS: pageBase },
    );
    apiBase = (await api.listen()).replace('127.0.0.1', 'localhost');
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await api?.close();
    await new Promise((r) => pages?.close(r));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const adminFetch = (path: string, init: RequestInit = {}) =>
    fetch(`${apiBase}/api/v1/admin${path}`, {
      ...init,
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });

  /** The poll's question, its language, its options and its vote button, once loaded. */
  async function read(page: Page) {
    await page.waitForFunction(() => document.querySelector('civic-poll')?.shadowRoot?.querySelector('[part=question] bdi'), {
      timeout: 15000,
    });
    return page.$eval('civic-poll', (el) => {
      const root = el.shadowRoot!;
      const question = root.querySelector('[part=question] bdi')!;
      return {
        question: question.textContent!.trim(),
        questionLang: question.getAttribute('lang'),
        options: [...root.querySelectorAll('label bdi, li bdi')].map((b) => b.textContent!.trim()),
        button: root.querySelector('button[type=submit]')?.textContent?.trim() ?? null,
        text: root.textContent!.replace(/\s+/g, ' '),
      };
    });
  }

  test('the admin API takes texts by language, keeps them, and refuses a bad language tag', async () => {
    const created = await adminFetch('/polls', { method: 'POST', body: JSON.stringify(poll) });
    assert.equal(created.status, 201, await created.clone().text());
    const stored = (await (await adminFetch('/polls/bins-2027')).json()) as typeof poll;
    assert.deepEqual(stored.question, poll.question);
    assert.deepEqual(stored.options[1]!.label, poll.options[1]!.label);

    const bad = await adminFetch('/polls', {
      method: 'POST',
      body: JSON.stringify({ ...poll, id: 'bad-tag', question: { 'not a tag': 'x' } }),
    });
    assert.equal(bad.status, 422);
    const empty = await adminFetch('/polls', { method: 'POST', body: JSON.stringify({ ...poll, id: 'no-text', question: {} }) });
    assert.equal(empty.status, 422);
    assert.equal((await adminFetch('/polls/bad-tag')).status, 404, 'nothing was stored');
  });

  test('a Welsh page shows Welsh, an English page English, and both count the same votes', async () => {
    const welsh = await browser.newPage();
    await welsh.goto(`${pageBase}/cy`);
    const cy = await read(welsh);
    assert.equal(cy.question, poll.question.cy);
    assert.equal(cy.questionLang, 'cy', 'marked for screen readers');
    assert.deepEqual(cy.options.slice(0, 2), ['Dydd Llun', 'Dydd Gwener']);
    assert.equal(cy.button, welshPoll['poll.vote'], 'the interface is Welsh too');

    // Vote on the Welsh page.
    await welsh.evaluate(() => {
      const root = document.querySelector('civic-poll')!.shadowRoot!;
      (root.querySelector('input[value=fri]') as HTMLInputElement).click();
      (root.querySelector('button[type=submit]') as HTMLButtonElement).click();
    });
    await welsh.waitForFunction(() => document.querySelector('civic-poll')?.shadowRoot?.querySelector('[part=results]'), {
      timeout: 10000,
    });

    const english = await browser.newPage();
    await english.goto(`${pageBase}/en`);
    const en = await read(english);
    assert.equal(en.question, poll.question.en);
    assert.equal(en.questionLang, 'en');
    assert.ok(en.text.includes('Friday'), en.text);
    assert.doesNotMatch(en.text, /Dydd/);

    const view = (await (await fetch(`${apiBase}/api/v1/polls/bins-2027`)).json()) as {
      results: { counts: { optionId: string; count: number }[]; totalParticipants: number } | null;
    };
    assert.equal(view.results?.counts.find((c) => c.optionId === 'fri')?.count, 1, 'one result for both languages');
    assert.equal(view.results?.totalParticipants, 1);
    await welsh.close();
    await english.close();
  });
});
