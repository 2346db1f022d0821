/**
 * What `MemoryAdapter` costs a page built with a bundler (`npm test` builds
 * packages/core/dist first): the adapter itself is small and free of the
 * validator; the rules and schemas of each kind of resource are chunks loaded
 * on first use, and a poll's chunks hold nothing of comments, petitions or
 * ratings. The sizes are printed for the record.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type OutputChunk, rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = new URL('..', import.meta.url).pathname;
/** The first load may grow by this much (gzip) for the adapter; it was ~14.6 KB when it carried every schema. */
const BUDGET = 2.5 * 1024;

async function bundle(entry: string): Promise<Map<string, OutputChunk>> {
  const page = {
    name: 'page',
    resolveId: (id: string) => (id === 'page' ? id : null),
    load: (id: string) => (id === 'page' ? entry : null),
  };
  const build = await rollup({
    input: 'page',
    plugins: [page, nodeResolve({ exportConditions: ['browser', 'import', 'default'], rootDir: root }), terser({ module: true })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return new Map(output.filter((o): o is OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
}

/** A chunk and every chunk it imports statically, transitively. */
function closure(chunks: Map<string, OutputChunk>, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of chunks.get(file)!.imports) closure(chunks, dep, seen);
  return seen;
}
const modules = (chunks: Map<string, OutputChunk>, files: Set<string>) =>
  [...files].flatMap((f) => Object.keys(chunks.get(f)!.modules)).map((m) => m.replace(/^.*\/(node_modules|packages)\//, ''));
const gzip = (chunks: Map<string, OutputChunk>, files: Set<string>) =>
  [...files].reduce((n, f) => n + gzipSync(chunks.get(f)!.code, { level: 9 }).length, 0);

test('MemoryAdapter loads the rules and schemas of a kind of resource on its first use', async () => {
  assert.ok(existsSync(`${root}packages/core/dist/memory/memory-adapter.js`), 'packages are built (npm run build)');
  const chunks = await bundle(`import { MemoryAdapter } from '@civic-widgets/core';\nwindow.adapter = new MemoryAdapter();`);
  const entry = [...chunks.values()].find((c) => c.isEntry)!.fileName;
  const first = closure(chunks, entry);
  const firstModules = modules(chunks, first);
  assert.ok(
    firstModules.every((m) => !m.startsWith('zod/') && !m.includes('/schemas/')),
    `no validator or schema in the first load: ${firstModules.join(', ')}`,
  );
  const size = gzip(chunks, first);
  console.log(`MemoryAdapter, first load: ${size} B gzip (${firstModules.join(', ')})`);
  assert.ok(size <= BUDGET, `first load ${size} B gzip, budget ${BUDGET} B`);

  const kinds = { polls: 'poll', threads: 'thread', petitions: 'petition', services: 'service' } as const;
  for (const [kind, schema] of Object.entries(kinds)) {
    const chunk = [...chunks.values()].find((c) => Object.keys(c.modules).some((m) => m.endsWith(`/memory/${kind}.js`)));
    assert.ok(chunk && !first.has(chunk.fileName), `${kind}: a chunk of its own, loaded later`);
    const loaded = [...closure(chunks, chunk.fileName)].filter((f) => !first.has(f));
    const inside = modules(chunks, new Set(loaded));
    assert.ok(
      inside.some((m) => m.endsWith(`/schemas/${schema}.js`)),
      `${kind}: its schemas come with it`,
    );
    for (const other of Object.values(kinds).filter((s) => s !== schema)) {
      assert.ok(
        !inside.some((m) => m.endsWith(`/schemas/${other}.js`) || m.endsWith(`/definitions/${other}.js`)),
        `${kind}: nothing of ${other}`,
      );
    }
    console.log(`  first use of ${kind}: ${gzip(chunks, new Set(loaded))} B gzip more`);
  }
});
