#!/usr/bin/env node
// Widget benchmark: what a citizen on a cheap phone and a slow network gets.
// Runs the built server (npm run build) with its seeded content on one origin
// and plain pages embedding the widgets with the one script tag on another,
// then loads each page cold in Chromium with the CPU slowed 4× and a slow 4G
// network (150 ms round trip, 1.6 Mbit/s down), and reports per page:
//   - time until every widget showed its content (`civic-load`),
//   - requests and bytes on the wire before that (scripts, API),
//   - layout shift (CLS) of the page around the widgets,
//   - long tasks (the longest, and their total).
//
// Targets (docs/architecture.md, "Targets"): no layout shift, no long task > 50 ms at 4× CPU
// slowdown, at most 2 API requests before a widget shows content.
// Exits 1 when a target is missed (set CIVIC_BENCH_STRICT=0 to only report).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { slowPhonePage } from './slow-phone.mjs';
import { waitUp } from './wait-up.mjs';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/server/dist/cli.js');
const strict = process.env.CIVIC_BENCH_STRICT !== '0';
const RUNS = Number(process.env.CIVIC_BENCH_RUNS ?? 3);
const API_PORT = 18790;
const TARGETS = { cls: 0.01, longTaskMs: 50, apiRequests: 2 };

const WIDGETS = {
  poll: '<civic-poll poll-id="transport-2027"></civic-poll>',
  comments: '<civic-comments thread-id="library-hours"></civic-comments>',
  petition: '<civic-petition petition-id="safe-school-streets"></civic-petition>',
  rating: '<civic-rating service-id="page-feedback"></civic-rating>',
};
const PAGES = { ...Object.fromEntries(Object.entries(WIDGETS).map(([k, v]) => [k, [v]])), 'all four': Object.values(WIDGETS) };

for (const [what, path] of [
  ['the built server (npm run build)', cli],
  ['the bundles (npm run build)', join(root, 'packages/elements/dist/cdn/civic-widgets.js')],
  [`Chromium at ${chromiumPath} (or set CHROME_PATH)`, chromiumPath],
]) {
  if (!existsSync(path)) {
    console.error(`Missing ${what}.`);
    process.exit(1);
  }
}

/** The style rule docs/getting-started.md gives: the widgets' space is kept before their script runs. */
const RESERVE_CSS = readFileSync(join(root, 'demo/demo.css'), 'utf8').match(
  /\/\* reserve:start \*\/([\s\S]*?)\/\* reserve:end \*\//,
)?.[1];
if (!RESERVE_CSS) throw new Error('demo/demo.css has no reserve:start … reserve:end block');

/** A page as an agency would write it: text, the script tag, the widgets, more text after each. */
function pageHtml(api, widgets) {
  const after = '<p>Opening hours, contact details and the rest of the page, which must not move while the widget loads.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark page</title>
<style>${RESERVE_CSS}</style>
<script type="module" src="${api}/cdn/civic-widgets.js" data-endpoint="${api}/api/v1"></script>
</head><body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 1rem auto; padding: 0 1rem">
<h1>Have your say</h1><p>The council wants to hear from you.</p>
${widgets.map((w) => `${w}\n${after}`).join('\n')}
</body></html>`;
}

/** Loads one page cold and measures it. */
async function measure(browser, url, count) {
  const { context, page, cdp } = await slowPhonePage(browser);
  const bytes = new Map();
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => bytes.set(urls.get(e.requestId), e.encodedDataLength));
  await page.evaluateOnNewDocument(() => {
    const perf = { cls: 0, longTasks: [], loaded: [] };
    Object.assign(window, { __perf: perf });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) perf.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) perf.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('civic-load', () => perf.loaded.push(performance.now()));
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction((n) => window.__perf.loaded.length >= n, { timeout: 60_000, polling: 100 }, count);
  // Let the widgets render what they loaded, and any late shift happen.
  await new Promise((r) => setTimeout(r, 1500));
  const result = await page.evaluate(() => ({
    ...window.__perf,
    resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
  }));
  await context.close();
  const contentAt = Math.max(...result.loaded);
  const before = result.resources.filter((r) => r.start < contentAt);
  const api = before.filter((r) => r.name.includes('/api/v1/'));
  return {
    contentMs: contentAt,
    scripts: before.filter((r) => r.name.includes('/cdn/')).length,
    api: api.length,
    kb: before.reduce((sum, r) => sum + (bytes.get(r.name) ?? 0), 0) / 1024,
    cls: result.cls,
    longest: Math.max(0, ...result.longTasks),
    longTotal: result.longTasks.reduce((a, b) => a + b, 0),
  };
}

/**
 * What the browser itself costs on this machine: the first Intl.NumberFormat of a
 * page loads number-formatting data, once, for anything on the page that formats
 * a number. Printed beside the results so long tasks can be read in context.
 */
async function firstNumberFormatMs(browser) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    times.push(
      await page.evaluate(() => {
        const start = performance.now();
        new Intl.NumberFormat('en').format(1234);
        return performance.now() - start;
      }),
    );
    await page.close();
  }
  return median(times);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'civic-bench-widgets-'));
const pages = createServer((req, res) => {
  const name = decodeURIComponent((req.url ?? '/').slice(1));
  const widgets = PAGES[name];
  if (!widgets) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(`http://localhost:${API_PORT}`, widgets));
});
await new Promise((r) => pages.listen(0, '127.0.0.1', r));
const pageBase = `http://127.0.0.1:${pages.address().port}`;
const server = spawn(process.execPath, [cli, 'start'], {
  env: {
    ...process.env,
    PORT: String(API_PORT),
    HOST: '127.0.0.1',
    CIVIC_DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
    CIVIC_ALLOWED_ORIGINS: pageBase,
    CIVIC_LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let failed = false;
let browser;
let platformMs;
try {
  await waitUp(`http://127.0.0.1:${API_PORT}`);
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  platformMs = await firstNumberFormatMs(browser);
  console.log(`Chromium, CPU 4× slower, slow 4G (150 ms RTT, 1.6 Mbit/s), cold cache; median of ${RUNS} runs.\n`);
  const header = ['page', 'content', 'scripts', 'API', 'on the wire', 'CLS', 'longest task', 'long tasks'];
  console.log(header.map((h, i) => (i === 0 ? h.padEnd(10) : h.padStart(14))).join(''));
  for (const [name, widgets] of Object.entries(PAGES)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, `${pageBase}/${encodeURIComponent(name)}`, widgets.length));
    const m = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
    const misses = [
      m.cls > TARGETS.cls && `CLS ${m.cls.toFixed(3)} > ${TARGETS.cls}`,
      m.longest > TARGETS.longTaskMs && `long task ${m.longest.toFixed(0)} ms > ${TARGETS.longTaskMs} ms`,
      m.api > TARGETS.apiRequests * widgets.length && `${m.api} API requests > ${TARGETS.apiRequests} per widget`,
    ].filter(Boolean);
    failed ||= misses.length > 0;
    console.log(
      [
        name.padEnd(10),
        `${(m.contentMs / 1000).toFixed(2)} s`.padStart(14),
        String(m.scripts).padStart(14),
        String(m.api).padStart(14),
        `${m.kb.toFixed(1)} KB`.padStart(14),
        m.cls.toFixed(3).padStart(14),
        `${m.longest.toFixed(0)} ms`.padStart(14),
        `${m.longTotal.toFixed(0)} ms`.padStart(14),
        misses.length ? `  MISSED: ${misses.join('; ')}` : '',
      ].join(''),
    );
  }
} finally {
  await browser?.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  pages.close();
  rmSync(dir, { recursive: true, force: true });
}
if (platformMs !== undefined)
  console.log(
    `\nFor reference, the first Intl.NumberFormat of a page takes ${platformMs.toFixed(0)} ms here at 4× (browser set-up, once per page).`,
  );
console.log(
  `\nTargets: CLS ≤ ${TARGETS.cls}, no task over ${TARGETS.longTaskMs} ms, ≤ ${TARGETS.apiRequests} API requests per widget before content.`,
);
if (failed && strict) process.exit(1);
