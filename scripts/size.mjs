#!/usr/bin/env node
// Prints min, gzip (level 9) and brotli sizes of the browser bundles in
// packages/elements/dist/cdn: each file; the loader with the runtime; each
// widget beyond it; all four together; and, for information, the same with the
// validator and schema chunks that load with the first request. Fails when a
// budget of docs/architecture.md ("Targets") is exceeded (gzip).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'packages/elements/dist/cdn');
const LOADER = join(dir, 'civic-widgets.js');
/** docs/architecture.md, "Targets": loader + shared runtime ≤ 14.25 KB; each widget ≤ 6.25 KB more; all four ≤ 32.5 KB (gzip). */
const BUDGETS = { runtime: 14.25 * 1024, widget: 6.5 * 1024, allFour: 33 * 1024 };
/** Each widget and the resource whose schemas its first request loads. */
const WIDGETS = { 'civic-poll': 'poll', 'civic-comments': 'thread', 'civic-petition': 'petition', 'civic-rating': 'service' };

if (!existsSync(LOADER)) {
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
        code: code.toString(),
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

/** The chunk a key of the runtime's lazy-import tables points to (`"civic-poll":()=>import("./c-….js")`). */
function lazyChunk(key) {
  // `key:()=>import("./c-….js")`, or wrapped by the preload helper: `key:()=>p(import("./c-….js"),[…])`.
  const pattern = new RegExp(`["']?${key}["']?:\\(\\)=>(?:[\\w$]+\\()?import\\("(\\./[^"]+)"\\)`);
  for (const file of closure(LOADER)) {
    const match = pattern.exec(sizes.get(file).code);
    if (match) return join(dirname(file), match[1]);
  }
  throw new Error(`No lazily loaded chunk for "${key}" in the runtime`);
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const line = (name, s, extra = '') =>
  console.log(`${name.padEnd(52)} ${kb(s.min).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}  ${extra}`);

console.log(`${'file'.padEnd(52)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
// Translations (one file per widget and language): the largest and smallest of each bundle, not 400 lines.
const translations = new Map();
for (const [file, s] of sizes) {
  const name = relative(dir, file);
  const bundle = /^i18n\/([^/]+)\//.exec(name)?.[1];
  if (!bundle) line(name, s);
  else translations.set(bundle, [...(translations.get(bundle) ?? []), [name, s]]);
}
for (const [bundle, files] of translations) {
  files.sort((a, b) => a[1].gzip - b[1].gzip);
  const [smallest, largest] = [files[0], files.at(-1)];
  line(`i18n/${bundle}/ (${files.length} languages) largest`, largest[1], largest[0].split('/').pop());
  line(`i18n/${bundle}/ smallest`, smallest[1], smallest[0].split('/').pop());
}

let failed = false;
const sum = (set) => {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const f of set) for (const k of Object.keys(total)) total[k] += sizes.get(f)[k];
  return total;
};
const check = (name, total, budget) => {
  const over = total.gzip > budget;
  failed ||= over;
  line(name, total, `${kb(budget)} ${over ? `OVER by ${total.gzip - budget} B` : `ok, ${budget - total.gzip} B to spare`}`);
};

const runtime = closure(LOADER);
const widgetChunks = Object.fromEntries(Object.keys(WIDGETS).map((tag) => [tag, lazyChunk(tag)]));
const schemasFor = (tag) => closure(lazyChunk(WIDGETS[tag]));

console.log(`\n${'budgeted (gzip)'.padEnd(52)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}  budget`);
check('loader + shared runtime', sum(runtime), BUDGETS.runtime);
const everything = new Set(runtime);
for (const [tag, chunk] of Object.entries(widgetChunks)) {
  const own = new Set([...closure(chunk)].filter((f) => !runtime.has(f)));
  own.forEach((f) => everything.add(f));
  check(`<${tag}> beyond the runtime`, sum(own), BUDGETS.widget);
}
check('all four widgets with loader and runtime', sum(everything), BUDGETS.allFour);

console.log(
  `\n${'reported: with the validator and schemas (first request)'.padEnd(52)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`,
);
for (const [tag, chunk] of Object.entries(widgetChunks))
  line(`loader + runtime + <${tag}>`, sum(new Set([...runtime, ...closure(chunk), ...schemasFor(tag)])));
const allWithSchemas = new Set(everything);
for (const tag of Object.keys(WIDGETS)) schemasFor(tag).forEach((f) => allWithSchemas.add(f));
line('all four', sum(allWithSchemas));
const iife = join(dir, 'civic-widgets.iife.js');
if (sizes.has(iife)) line('civic-widgets.iife.js (classic build, everything)', sizes.get(iife));

if (failed) {
  console.error('\nSize budget exceeded (budgets: docs/architecture.md, "Targets" and "Bundle size").');
  process.exit(1);
}
