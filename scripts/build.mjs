#!/usr/bin/env node
// `npm run build`: type declarations and ESM (tsc), the custom elements manifest, the
// browser bundles (rollup) and the demo site, each step announced with its duration so a
// first build (20 seconds or so) never looks stuck. `npm start` and `npm test` run it.
// The bundles, the slow step, are skipped when nothing they are made from changed since
// they were last made (`npm test` after `npm run build` does not make them twice).
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from './bootstrap.mjs';

const root = new URL('..', import.meta.url).pathname;
// Outside the packages (it must not be published) and outside git.
const STAMP = join(root, 'node_modules/.cache/civic/bundles-built');
/** What the bundles are made from: the compiled packages, the build's own settings and files, the installed dependencies. */
const BUNDLE_INPUTS = [
  'packages/core/dist',
  'packages/elements/dist',
  'packages/admin/dist',
  'packages/admin/index.html',
  'packages/admin/console.css',
  'rollup.config.mjs',
  'node_modules/.package-lock.json',
];
/** The bundles themselves, inside those folders. */
const OUTPUTS = new Set(['packages/elements/dist/cdn', 'packages/admin/dist/console']);

/** The newest modification time under a path (0 when absent). */
function newest(path) {
  const abs = join(root, path);
  if (OUTPUTS.has(path) || !existsSync(abs)) return 0;
  const stat = statSync(abs);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(abs).map((name) => newest(join(path, name))));
}

const bundlesFresh = () =>
  existsSync(STAMP) && statSync(STAMP).mtimeMs >= Math.max(...BUNDLE_INPUTS.map((input) => newest(input)));

const steps = [
  ['TypeScript: type declarations and ES modules', 'npx', ['tsc', '-b']],
  ['custom-elements.json', 'npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']],
  ['browser bundles and the console (rollup)', 'npx', ['rollup', '-c', '--silent'], bundlesFresh, STAMP],
  ['demo site', process.execPath, ['scripts/build-demo.mjs']],
];
const started = Date.now();
for (const [i, [what, command, args, fresh, stamp]] of steps.entries()) {
  const t = Date.now();
  process.stdout.write(`build ${i + 1}/${steps.length}: ${what}… `);
  if (fresh?.()) {
    console.log('up to date');
    continue;
  }
  run(command, args);
  if (stamp) {
    mkdirSync(dirname(stamp), { recursive: true });
    writeFileSync(stamp, '');
  }
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
}
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
