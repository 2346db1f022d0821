import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const json = (path: string) =>
  JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

test('the bundles announce the package version', () => {
  const source = readFileSync(new URL('../packages/elements/src/version.ts', import.meta.url), 'utf8');
  assert.equal(source.match(/VERSION = '([^']+)'/)?.[1], json('packages/elements/package.json')['version']);
});

test('only define modules have side effects, and every element has one', () => {
  const pkg = json('packages/elements/package.json') as { sideEffects: string[]; exports: Record<string, unknown> };
  assert.deepEqual(pkg.sideEffects, ['./dist/define/*.js', './src/define/*.ts']);
  for (const name of ['poll', 'comments', 'petition', 'rating']) {
    assert.ok(pkg.exports[`./${name}.js`], `define module for ${name}`);
    assert.ok(pkg.exports[`./${name}/${name}.js`], `class module for ${name}`);
  }
});
