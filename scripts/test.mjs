#!/usr/bin/env node
// Runs every test: Node-side tests (node:test via tsx) and browser tests
// (web-test-runner in Chromium), then prints one closing line
// "N passed, N failed, N skipped" for the whole run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies } from './bootstrap.mjs';

const root = new URL('..', import.meta.url).pathname;
const NODE_TEST_DIRS = ['packages/core/src', 'packages/server/src', 'test'];

function findTests(dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(join(root, path)).isDirectory()) return findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
      env: process.env,
    });
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

// `--node` or `--browser` runs one kind only.
const only = process.argv.find((a) => a === '--node' || a === '--browser');

// From a fresh clone: dependencies first, and Chromium before anything runs (the Node-side
// end-to-end tests drive it too), so a missing browser stops the run at once, not after minutes.
ensureDependencies();
ensureChromium();
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

// 0. The end-to-end tests drive the real bundles: build them first (incremental).
if (!process.env.CIVIC_SKIP_BUILD) {
  const { code } = await run(process.execPath, [join(root, 'scripts/build.mjs')]);
  if (code !== 0) process.exit(code);
}

// 1. Node-side tests
const nodeFiles = NODE_TEST_DIRS.flatMap(findTests).sort();
if (nodeFiles.length && only !== '--browser') {
  const tap = join(mkdtempSync(join(tmpdir(), 'civic-test-')), 'node.tap');
  const { code } = await run(process.execPath, [
    '--conditions=civic-source',
    '--import',
    'tsx',
    '--import',
    join(root, 'scripts/test-database.mjs'),
    '--test',
    // Two files at a time (the machines have two cores); each has a database of its own (test-database.mjs).
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...nodeFiles,
  ]);
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(report.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped') + count('todo');
  if (code !== 0) exitCode = code;
}

// 2. Browser tests
const wtr =
  only === '--node'
    ? { code: 0, out: '' }
    : await run(process.execPath, [join(root, 'node_modules/@web/test-runner/dist/bin.js')], { capture: true });
// eslint-disable-next-line no-control-regex
const plain = wtr.out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
const matches = [...plain.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)];
const last = matches.at(-1);
if (last) {
  totals.passed += Number(last[1]);
  totals.failed += Number(last[2]);
  totals.skipped += Number(last[3] ?? 0);
}
// A run that could not start (no browser, bad config) counts as a failure, not as nothing.
if (wtr.code !== 0 && !(Number(last?.[2]) > 0)) totals.failed += 1;
if (wtr.code !== 0) exitCode = wtr.code;
if (totals.failed > 0 && exitCode === 0) exitCode = 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(exitCode);
