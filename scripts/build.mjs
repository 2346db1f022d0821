#!/usr/bin/env node
// `npm run build`: type declarations and ESM (tsc), the custom elements manifest, the
// browser bundles (rollup) and the demo site, each step announced with its duration so a
// first build (20 seconds or so) never looks stuck. `npm start` and `npm test` run it.
import { run } from './bootstrap.mjs';

const steps = [
  ['TypeScript: type declarations and ES modules', 'npx', ['tsc', '-b']],
  ['custom-elements.json', 'npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']],
  ['browser bundles and the console (rollup)', 'npx', ['rollup', '-c', '--silent']],
  ['demo site', process.execPath, ['scripts/build-demo.mjs']],
];
const started = Date.now();
for (const [i, [what, command, args]] of steps.entries()) {
  const t = Date.now();
  process.stdout.write(`build ${i + 1}/${steps.length}: ${what}… `);
  run(command, args);
  console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
}
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
