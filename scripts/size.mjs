#!/usr/bin/env node
// Prints min, gzip (level 9) and brotli sizes of the browser bundles in
// packages/elements/dist/cdn: each file, and each entry together with the
// chunks it imports statically (what a page downloads before it runs). Fails
// when an entry's total exceeds its budget (DESIGN.md: runtime ≤ 14 KB gzip).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'packages/elements/dist/cdn');
/** Budgets in bytes of gzip: the runtime with its static imports; each widget on top of the runtime. */
const RUNTIME = 'civic-runtime.js';
const WIDGET_BUDGET = 6 * 1024;
const BUDGETS = { [RUNTIME]: 14 * 1024 };

if (!existsSync(dir)) {
  console.error('No bundles: run `npm run build` first.');
  process.exit(1);
}

const files = (function walk(d) {
  return readdirSync(d).flatMap((n) =>
    statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.js') ? [join(d, n)] : [],
  );
})(dir);

const sizes = new Map(
  files.map((file) => {
    const code = readFileSync(file);
    return [
      file,
      {
        min: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
        brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        imports: [...code.toString().matchAll(/(?:import|from)\s*"(\.[^"]+)"/g)].map((m) => join(dirname(file), m[1])),
      },
    ];
  }),
);

/** The file and every chunk it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file) || !sizes.has(file)) return seen;
  seen.add(file);
  for (const dep of sizes.get(file).imports) closure(dep, seen);
  return seen;
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const line = (name, s, extra = '') =>
  console.log(`${name.padEnd(44)} ${kb(s.min).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}  ${extra}`);

console.log(`${'file'.padEnd(44)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
for (const [file, s] of sizes) line(relative(dir, file), s);

let failed = false;
const sum = (set) => {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const f of set) for (const k of Object.keys(total)) total[k] += sizes.get(f)[k];
  return total;
};
const check = (name, total, budget) => {
  const over = budget !== undefined && total.gzip > budget;
  failed ||= over;
  line(name, total, budget === undefined ? '' : `${kb(budget)} ${over ? 'OVER' : 'ok'}`);
};
/** The schema chunk for a resource (loaded with the first request), with what it imports. */
const schemaChunk = (resource) => {
  const file = [...sizes.keys()].find((f) => new RegExp(`/chunks/${resource}-[\\w-]+\\.js$`).test(f));
  return file ? closure(file) : new Set();
};

const runtime = closure(join(dir, RUNTIME));
const widgets = files.filter((f) => dirname(f) === dir && !f.endsWith(RUNTIME));
console.log(`\n${'budgeted'.padEnd(44)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}  budget (gzip)`);
check('runtime (civic-runtime.js + static imports)', sum(runtime), BUDGETS[RUNTIME]);
for (const file of widgets) {
  const name = relative(dir, file);
  const own = new Set([...closure(file)].filter((f) => !runtime.has(f)));
  check(`${name} beyond the runtime`, sum(own), WIDGET_BUDGET);
}

console.log(
  `\n${'what a page downloads (reported)'.padEnd(44)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`,
);
for (const file of widgets) {
  const name = relative(dir, file);
  const resource =
    { 'civic-poll.js': 'poll', 'civic-comments.js': 'thread', 'civic-petition.js': 'petition', 'civic-rating.js': 'service' }[
      name
    ] ?? '';
  const page = new Set([...closure(file), ...schemaChunk(resource)]);
  line(`${name}: runtime + widget + validator/schemas`, sum(page));
}
if (failed) {
  console.error('\nSize budget exceeded.');
  process.exit(1);
}
