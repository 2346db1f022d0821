/*
 * End to end: the real bundles from /cdn/, the real server on SQLite, a plain
 * page on another origin with only the script tag and the four elements, and
 * a citizen in Chromium voting, commenting and replying, signing and
 * confirming through the e-mailed link, and rating. Every result is checked in
 * the page and through the admin API. The page runs under a strict
 * Content-Security-Policy with Trusted Types, and must report no violation.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type CivicServer, createServer } from '../packages/server/src/server.js';
import type { ServerConfig } from '../packages/server/src/config.js';
import { DEFAULT_CHALLENGE_RULES } from '../packages/server/src/security/challenge.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const cdnDir = join(root, 'packages/elements/dist/cdn');
const ADMIN = 'e2e-admin-token-0123456789-abcdefghij';
const chrome = chromiumPath;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
}

/** The real server with the sample content, on SQLite in `dir`, serving the built bundles. */
function startApi(dir: string, env: Record<string, string>, overrides: Partial<ServerConfig> = {}): Promise<CivicServer> {
  return createServer(
    {
      databaseUrl: `sqlite:${join(dir, 'e2e.db')}`,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      cdnDir,
      adminToken: ADMIN,
      seedOnFirstStart: true,
      ...overrides,
    },
    env,
  );
}

function pageHtml(api: string, csp: boolean): string {
  const policy = [
    "default-src 'none'",
    `script-src ${api}`,
    `connect-src ${api}`,
    "style-src 'self'",
    "img-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : ''}
<title>Riverton: have your say</title>
<script type="module" src="${api}/cdn/civic-widgets.js" data-endpoint="${api}/api/v1"></script>
</head>
<body>
<main>
<h1>Have your say</h1>
<civic-poll poll-id="transport-2027"></civic-poll>
<civic-comments thread-id="library-hours"></civic-comments>
<civic-petition petition-id="safe-school-streets"></civic-petition>
<civic-rating service-id="page-feedback"></civic-rating>
</main>
</body>
</html>`;
}

describe('End to end: one script tag on another origin, real server, Chromium', () => {
  let api: CivicServer;
  let apiBase: string;
  let pages: Server;
  let pageBase: string;
  let browser: Browser;
  let dir: string;

  before(async () => {
    assert.ok(existsSync(join(cdnDir, 'civic-widgets.js')), 'bundles are built (npm run build)');
    assert.ok(existsSync(chrome), `Chromium is needed at ${chrome} (set CHROME_PATH; .ci/run installs it)`);
    dir = mkdtempSync(join(tmpdir(), 'civic-e2e-'));
    pages = createHttpServer((req, res) => {
      const csp = !req.url?.includes('plain');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(apiBase, csp));
    });
    pageBase = `http://127.0.0.1:${await listen(pages)}`;
    // The API on "localhost", the page on "127.0.0.1": two origins.
    api = await startApi(dir, { CIVIC_ALLOWED_ORIGINS: pageBase });
    const listening = await api.listen();
    apiBase = listening.replace('127.0.0.1', 'localhost');
    (api.ctx as { publicUrl: string }).publicUrl = apiBase;
    browser = await puppeteer.launch({
      executablePath: chrome,
      headless: true,
      args: chromiumArgs,
    });
  });

  after(async () => {
    await browser?.close();
    await api?.close();
    await new Promise((r) => pages?.close(r));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const admin = async (path: string) => {
    const res = await fetch(`${apiBase}/api/v1/admin${path}`, { headers: { authorization: `Bearer ${ADMIN}` } });
    assert.equal(res.status, 200, path);
    return res.json() as Promise<Record<string, unknown>[]>;
  };
  /** Waits for an element inside a widget's shadow root. */
  const shadow = (page: Page, tag: string, selector: string, timeout = 10000) =>
    page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout }, tag, selector);
  const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '');

  async function open(path: string): Promise<{ page: Page; violations: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${pageBase}${path}`);
    await page.waitForFunction(
      () =>
        ['civic-poll', 'civic-comments', 'civic-petition', 'civic-rating'].every((tag) =>
          document.querySelector(tag)?.shadowRoot?.querySelector('[part=base] > section, [part=base] > article'),
        ),
      { timeout: 15000 },
    );
    return { page, violations, errors };
  }

  test('a citizen votes, comments and replies, signs and confirms, and rates; no CSP violation', async () => {
    const { page, violations, errors } = await open('/');

    // Poll
    await page.click('civic-poll >>> input[value="step-free"]');
    await page.click('civic-poll >>> [part=submit]');
    await shadow(page, 'civic-poll', '[part=notice]');
    assert.equal(await text(page, 'civic-poll >>> [part=notice]'), 'Thank you. Your vote has been recorded.');
    assert.match(
      await text(page, 'civic-poll >>> [part=result].mine'),
      /Step-free access at every station ?\(✓ your choice\) 100% · 1 vote/,
    );
    const votes = await admin('/export/votes');
    assert.deepEqual(
      votes.map((v) => [v['pollId'], v['choices']]),
      [['transport-2027', 'step-free']],
    );

    // Comment, then reply to it
    await page.type('civic-comments >>> #body-root', 'Please open on Sundays too.');
    await page.type('civic-comments >>> #name-root', 'Grace');
    await page.click('civic-comments >>> form[aria-labelledby=form-title-root] [part=submit]');
    await page.waitForFunction(() =>
      document.querySelector('civic-comments')?.shadowRoot?.textContent?.includes('Your comment has been published.'),
    );
    const first = await page.$eval('civic-comments >>> [part=list] > li > article', (el) => el.id.replace('c-', ''));
    await page.click(`civic-comments >>> #reply-${first}`);
    await page.type(`civic-comments >>> #body-${first}`, 'Agreed, Sunday afternoons.');
    await page.click(`civic-comments >>> form[aria-labelledby=form-title-${first}] [part=submit]`);
    await shadow(page, 'civic-comments', '[part=replies] [part=body]');
    assert.equal(await text(page, 'civic-comments >>> [part=replies] [part=body]'), 'Agreed, Sunday afternoons.');
    const comments = await admin('/export/comments?resource=library-hours');
    const mine = comments.filter((c) =>
      ['Please open on Sundays too.', 'Agreed, Sunday afternoons.'].includes(String(c['body'])),
    );
    assert.deepEqual(
      mine.map((c) => [c['authorName'], c['parentId'] === '' ? 'top' : 'reply', c['status']]),
      [
        ['Grace', 'top', 'published'],
        ['', 'reply', 'published'],
      ],
    );

    // Petition: sign, confirm through the e-mailed link, see the count rise live
    await page.type('civic-petition >>> #name', 'Ada Lovelace');
    await page.type('civic-petition >>> #email', 'ada@example.org');
    await page.select('civic-petition >>> #regionId', 'central');
    await page.click('civic-petition >>> #consent');
    await page.click('civic-petition >>> [part=submit]');
    await shadow(page, 'civic-petition', '[part=confirmation]');
    // The address sits between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: it keeps its direction in any language.
    assert.match(
      await text(page, 'civic-petition >>> [part=confirmation]'),
      /We have sent a link to \u2068ada@example\.org\u2069/,
    );
    // The admin view shows the mail without its link; the unsent mail's link is read from the outbox table.
    const outbox = await admin('/outbox');
    assert.ok(outbox.some((m) => m['to'] === 'a***@example.org' && String(m['text']).includes('[link]')));
    const mail = await api.ctx.db.selectFrom('outbox').select('link').where('to_addr', '=', 'ada@example.org').executeTakeFirst();
    const link = mail?.link;
    assert.ok(link, 'confirmation link in the e-mail');
    // Opening the link shows a button; only pressing it confirms.
    const confirmPage = await browser.newPage();
    await confirmPage.goto(link);
    assert.equal(await text(confirmPage, 'h1'), 'Confirm your signature');
    await Promise.all([confirmPage.waitForNavigation(), confirmPage.click('button[type=submit]')]);
    assert.equal(await text(confirmPage, 'h1'), 'Signature confirmed');
    assert.equal(await confirmPage.$eval('nav a', (a) => a.getAttribute('href')), `${pageBase}/`);
    await confirmPage.close();
    await page.waitForFunction(
      () => document.querySelector('civic-petition')?.shadowRoot?.querySelector('[part=count]')?.textContent === '1 signature',
      {
        timeout: 10000,
      },
    );
    const signatures = await admin('/export/signatures?includeEmail=true');
    assert.deepEqual(
      signatures.map((s) => [s['email'], s['regionId'], s['status']]),
      [['ada@example.org', 'central', 'confirmed']],
    );

    // Rating: yes, then the follow-up
    await page.click('civic-rating >>> [part=option]');
    await shadow(page, 'civic-rating', '[part=follow-up]');
    await page.click('civic-rating >>> [part=follow-up] input[type=checkbox]');
    await page.click('civic-rating >>> [part=follow-up] [part=submit]');
    await page.waitForFunction(() =>
      document.querySelector('civic-rating')?.shadowRoot?.textContent?.includes('Your feedback helps us improve'),
    );
    const ratings = await admin('/export/ratings');
    assert.deepEqual(
      ratings.map((r) => [r['serviceId'], r['score'], r['reasons'], r['pageUrl']]),
      [['page-feedback', 1, 'clear', `${pageBase}/`]],
    );

    assert.deepEqual(errors, [], 'no page errors');
    assert.deepEqual(violations, [], 'no Content-Security-Policy or Trusted Types violation');
    await page.close();
  });

  test('axe finds nothing on the page', async () => {
    const { page } = await open('/?plain');
    await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const result = (await page.evaluate(() =>
      (
        window as unknown as {
          axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    )) as { violations: { id: string; nodes: unknown[] }[] };
    assert.deepEqual(
      result.violations.map((v) => v.id),
      [],
    );
    await page.close();
  });

  test('loading the script twice says so once and breaks nothing', async () => {
    const { page } = await open('/?plain');
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warn') warnings.push(m.text());
    });
    await page.evaluate(async (url) => {
      const again = document.createElement('script');
      again.type = 'module';
      again.src = `${url}/cdn/civic-widgets.js?copy=2`;
      document.head.append(again);
      const classic = document.createElement('script');
      classic.src = `${url}/cdn/civic-widgets.iife.js`;
      document.head.append(classic);
      await new Promise((r) => setTimeout(r, 1000));
    }, apiBase);
    assert.equal(warnings.filter((w) => w.startsWith('[civic]')).length, 2, warnings.join('\n'));
    assert.ok(warnings.every((w) => /already has Civic Widgets/.test(w)));
    assert.equal(await page.$eval('civic-poll', (el) => el.shadowRoot !== null), true);
    await page.close();
  });

  test('the loader exports the page API, shared with the widgets it loaded', async () => {
    const { page } = await open('/?plain');
    const result = await page.evaluate(async (url) => {
      const loader = (await import(`${url}/cdn/civic-widgets.js`)) as Record<string, unknown> & {
        configure: (c: { lang: string }) => void;
        version: string;
      };
      // The same module instance as the script tag's: configure() reaches the widgets on the page.
      loader.configure({ lang: 'fr' });
      await new Promise((r) => setTimeout(r, 500));
      const poll = document.querySelector('civic-poll')?.shadowRoot?.querySelector('[part=base]');
      return {
        exports: Object.keys(loader).filter((k) => k.length > 2),
        version: loader.version,
        sameClass: customElements.get('civic-poll')?.prototype instanceof (loader['CivicElement'] as typeof HTMLElement),
        lang: poll?.getAttribute('lang'),
      };
    }, apiBase);
    for (const name of ['configure', 'registerLocale', 'version', 'CivicElement', 'defineElement', 'textField'])
      assert.ok(result.exports.includes(name), `exports ${name}: ${result.exports.join(', ')}`);
    assert.match(result.version, /^\d+\.\d+\.\d+/);
    assert.equal(result.sameClass, true);
    assert.equal(result.lang, 'fr');
    await page.close();
  });
});

describe('End to end: a captcha service against floods, its token given by the page', () => {
  test('configure({ challenge }) gets the provider’s token when the server asks, and the vote counts', async () => {
    const issued = new Set<string>();
    // The provider: a widget endpoint that issues tokens (standing in for its script) and siteverify.
    const provider = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += String(chunk)));
      req.on('end', () => {
        if (req.url === '/issue') {
          const token = `token-${issued.size + 1}`;
          issued.add(token);
          return res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' }).end(token);
        }
        const fields = new URLSearchParams(body);
        const success = fields.get('secret') === 'e2e-secret' && issued.has(fields.get('response') ?? '');
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success }));
      });
    });
    const providerBase = `http://127.0.0.1:${await listen(provider)}`;
    let apiBase = '';
    const pages = createHttpServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(apiBase, false)),
    );
    const pageBase = `http://127.0.0.1:${await listen(pages)}`;
    const dir = mkdtempSync(join(tmpdir(), 'civic-e2e-captcha-'));
    const api = await startApi(
      dir,
      {
        CIVIC_ALLOWED_ORIGINS: pageBase,
        CIVIC_CHALLENGE_PROVIDER: 'turnstile',
        CIVIC_CHALLENGE_SITE_KEY: 'e2e-site-key',
        CIVIC_CHALLENGE_SECRET: 'e2e-secret',
        CIVIC_CHALLENGE_VERIFY_URL: `${providerBase}/siteverify`,
      },
      // Every write needs a challenge.
      { challenge: { ...DEFAULT_CHALLENGE_RULES, threshold: 0 } },
    );
    apiBase = (await api.listen()).replace('127.0.0.1', 'localhost');
    const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      await page.goto(pageBase);
      await page.waitForFunction(() => document.querySelector('civic-poll')?.shadowRoot?.querySelector('[part=submit]'), {
        timeout: 15000,
      });
      // A string, not a function: the page runs it as written (no helpers added by the test's compiler).
      await page.evaluate(`(async () => {
        const { configure } = await import(${JSON.stringify(`${apiBase}/cdn/civic-widgets.js`)});
        window.asked = [];
        configure({
          challenge: async (request) => {
            window.asked.push(request);
            return (await fetch(${JSON.stringify(`${providerBase}/issue`)})).text();
          },
        });
      })()`);
      await page.click('civic-poll >>> input[value="step-free"]');
      await page.click('civic-poll >>> [part=submit]');
      await page.waitForFunction(
        () => document.querySelector('civic-poll')?.shadowRoot?.querySelector('[part=notice]')?.textContent?.includes('recorded'),
        { timeout: 15000 },
      );
      assert.deepEqual(await page.evaluate(() => (window as unknown as { asked: unknown[] }).asked), [
        { provider: 'turnstile', siteKey: 'e2e-site-key' },
      ]);
      const votes = await (
        await fetch(`${apiBase}/api/v1/admin/export/votes`, { headers: { authorization: `Bearer ${ADMIN}` } })
      ).json();
      assert.equal((votes as unknown[]).length, 1);
    } finally {
      await browser.close();
      await api.close();
      await new Promise((r) => pages.close(r));
      await new Promise((r) => provider.close(r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
