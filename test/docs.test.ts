/**
 * Examples in the documentation that say they run: every ```ts block after a
 * `<!-- test: run -->` line runs as a developer would run it, importing the
 * built packages (`npm test` builds them first), and prints what its
 * `// → …` comments say, line by line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const DOCS = ['docs/adapters.md', 'packages/core/README.md', 'packages/elements/README.md'];

function runnable(doc: string): string[] {
  const text = readFileSync(join(root, doc), 'utf8');
  return [...text.matchAll(/<!-- test: run -->\s*```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

test('the documented examples run and print what they say', () => {
  const examples = DOCS.flatMap((doc) => runnable(doc).map((code, i) => ({ name: `${doc} #${i + 1}`, code })));
  assert.ok(examples.length >= 2, 'the seeding examples are marked');
  // Inside the repository, so `@civic-widgets/core` resolves to the workspace package as an install would.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.cache/civic-docs-'));
  try {
    for (const { name, code } of examples) {
      const file = join(dir, 'example.mts');
      writeFileSync(file, code);
      const expected = [...code.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]!.trim());
      assert.ok(expected.length > 0, `${name} says what it prints`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 0, `${name} runs:\n${run.stderr}`);
      assert.deepEqual(run.stdout.trim().split('\n'), expected, name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
