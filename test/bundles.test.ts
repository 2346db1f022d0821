/**
 * The CDN bundles as built (`npm test` builds first): the loader's lazy imports
 * start every chunk a widget or its first request needs at once, and every
 * file is there precompressed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';

const cdn = new URL('../packages/elements/dist/cdn/', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(cdn, file), 'utf8');

/** The chunks a file imports statically, transitively, as paths relative to the CDN folder. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, path] of read(file).matchAll(/(?:import|from)\s*"(\.[^"]+)"/g))
    staticClosure(normalize(join(dirname(file), path!)), seen);
  return seen;
}

test('a widget and the schemas of its first request load with all their chunks at once', () => {
  const loader = read('civic-widgets.js');
  const lazy = [...loader.matchAll(/\b([\w$]+)\(import\("\.\/([^"]+)"\),\[([^\]]*)\]\)/g)];
  const targets = new Map(lazy.map(([, , target, deps]) => [target!, [...deps!.matchAll(/"\.\/([^"]+)"/g)].map((m) => m[1]!)]));
  for (const tag of ['civic-poll', 'civic-comments', 'civic-petition', 'civic-rating']) {
    const target = loader.match(new RegExp(`"${tag}":\\(\\)=>[\\w$]+\\(import\\("\\./([^"]+)"\\)`))?.[1];
    assert.ok(target, `<${tag}> is loaded through the preload helper`);
  }
  for (const resource of ['poll', 'thread', 'petition', 'service']) {
    const pattern = new RegExp(`[,{]${resource}:\\(\\)=>[\\w$]+\\(import\\("\\./`);
    assert.match(loader, pattern, `the schemas of ${resource} load through the preload helper`);
  }
  assert.ok(targets.size >= 8, `widgets and schemas: ${[...targets.keys()].join(', ')}`);
  for (const [target, deps] of targets) {
    const needed = [...staticClosure(target)].filter((f) => f !== target && f !== 'civic-widgets.js').sort();
    assert.deepEqual([...deps].sort(), needed, `${target} starts exactly the chunks it imports`);
    for (const dep of deps) assert.ok(existsSync(join(cdn, dep)), `${dep} exists`);
  }
});

test('every bundle is there as .br and .gz, with the same content', () => {
  const files = (function walk(dir: string): string[] {
    return readdirSync(join(cdn, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
    );
  })('');
  assert.ok(files.length > 10);
  for (const file of files) {
    const code = readFileSync(join(cdn, file));
    assert.deepEqual(brotliDecompressSync(readFileSync(join(cdn, `${file}.br`))), code, `${file}.br`);
    assert.deepEqual(gunzipSync(readFileSync(join(cdn, `${file}.gz`))), code, `${file}.gz`);
  }
});
