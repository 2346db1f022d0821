#!/usr/bin/env node
// Console benchmark: how fast a staff member on a slow phone gets a usable console.
// Runs the built server (npm run build) with the console at /admin/, creates an
// admin from the command line, then loads the console cold in Chromium with the
// CPU slowed 4× and a slow 4G network (150 ms round trip, 1.6 Mbit/s down) and
// reports, as medians of several runs:
//   - the sign-in page: until its form can be typed into (first view),
//   - after signing in: until the home page's tasks are shown,
//   - bytes on the wire and requests for each,
// and the size of the console's files (min, gzip, brotli).
//
// Target (docs/architecture.md, "Targets"): the first view interactive in under 2 s.
// Exits 1 when it is missed (set CIVIC_BENCH_STRICT=0 to only report).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { slowPhonePage } from './slow-phone.mjs';
import { waitUp } from './wait-up.mjs';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'packages/server/dist/cli.js');
const consoleDir = join(root, 'packages/admin/dist/console');
const strict = process.env.CIVIC_BENCH_STRICT !== '0';
const RUNS = Number(process.env.CIVIC_BENCH_RUNS ?? 3);
const PORT = 18795;
const TARGET_MS = 2000;
const PASSWORD = 'a long enough passphrase';

for (const [what, path] of [
  ['the built server (npm run build)', cli],
  ['the built console (npm run build)', join(consoleDir, 'console.js')],
  [`Chromium at ${chromiumPath} (or set CHROME_PATH)`, chromiumPath],
]) {
  if (!existsSync(path)) {
    console.error(`Missing ${what}.`);
    process.exit(1);
  }
}

/** Sizes of the console's files: what its first view needs, and everything. */
function sizes() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(name)) files.push(path);
    }
  };
  walk(consoleDir);
  const measure = (paths) => {
    const code = Buffer.concat(paths.map((p) => readFileSync(p)));
    const each = paths.map((p) => readFileSync(p));
    return {
      min: code.length / 1024,
      gzip: each.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0) / 1024,
      brotli: each.reduce((n, c) => n + brotliCompressSync(c).length, 0) / 1024,
    };
  };
  const first = files.filter((p) => /(console\.js|index\.html|console\.css)$/.test(p));
  return { first: measure(first), all: measure(files), count: files.length, files: files.map((f) => relative(consoleDir, f)) };
}

async function throttled(browser) {
  const { context, page, cdp } = await slowPhonePage(browser);
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  return { context, page, counted: () => ({ kb: bytes / 1024, requests }), reset: () => ((bytes = 0), (requests = 0)) };
}

/** Time from navigation until `selector` (through shadow roots) exists. */
async function until(page, selector) {
  return page.waitForFunction(
    (s) => {
      const find = (root) => {
        const hit = root.querySelector(s);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot && find(el.shadowRoot)) return true;
        return null;
      };
      return find(document) ? performance.now() : false;
    },
    { polling: 20, timeout: 60_000 },
    selector,
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'civic-bench-console-'));
const env = {
  ...process.env,
  PORT: String(PORT),
  CIVIC_DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
  CIVIC_PUBLIC_URL: `http://127.0.0.1:${PORT}`,
  CIVIC_LOG_LEVEL: 'warn',
  CIVIC_SEED: 'false',
};
const base = `http://127.0.0.1:${PORT}`;
const link = execFileSync(process.execPath, [cli, 'staff', 'add', '--role', 'admin', 'bench@council.example'], {
  env,
  encoding: 'utf8',
});
const server = spawn(process.execPath, [cli, 'start'], { env, stdio: 'inherit' });
try {
  await waitUp(base);
  const token = /#setup=([A-Za-z0-9_-]+)/.exec(link)?.[1];
  await fetch(`${base}/api/v1/admin/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: PASSWORD }),
  });
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const { context, page, counted, reset } = await throttled(browser);
      await page.goto(`${base}/admin/`, { waitUntil: 'domcontentloaded' });
      const firstView = await (await until(page, 'input[name=email]')).jsonValue();
      const first = counted();
      reset();
      const email = await page.$('pierce/input[name=email]');
      await email.type('bench@council.example');
      await (await page.$('pierce/input[name=password]')).type(PASSWORD);
      const start = await page.evaluate(() => performance.now());
      await page.keyboard.press('Enter');
      const home = (await (await until(page, 'ul.tasks a')).jsonValue()) - start;
      runs.push({ firstView, firstKb: first.kb, firstRequests: first.requests, home, homeKb: counted().kb });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const size = sizes();
  const result = {
    firstViewMs: Math.round(median(runs.map((r) => r.firstView))),
    firstViewKb: +median(runs.map((r) => r.firstKb)).toFixed(1),
    firstViewRequests: median(runs.map((r) => r.firstRequests)),
    signInToHomeMs: Math.round(median(runs.map((r) => r.home))),
    signInToHomeKb: +median(runs.map((r) => r.homeKb)).toFixed(1),
  };
  console.log(`\nConsole on a slow phone (CPU 4× slower, 150 ms RTT, 1.6 Mbit/s; median of ${RUNS})\n`);
  console.table([result]);
  console.log(
    `Console files: ${size.count}; first view (index.html, console.css, console.js): ${size.first.min.toFixed(1)} KB min, ` +
      `${size.first.gzip.toFixed(1)} KB gzip, ${size.first.brotli.toFixed(1)} KB brotli; everything: ${size.all.min.toFixed(1)} KB min, ` +
      `${size.all.gzip.toFixed(1)} KB gzip, ${size.all.brotli.toFixed(1)} KB brotli`,
  );
  if (result.firstViewMs > TARGET_MS) {
    console.log(`\nTarget missed: first view ${result.firstViewMs} ms > ${TARGET_MS} ms`);
    if (strict) process.exitCode = 1;
  } else console.log('\nTarget met: first view under 2 s.');
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
