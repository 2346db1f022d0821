/**
 * The npm packages as a developer gets them (`npm test` builds them first):
 * each is packed with `npm pack`, its file list checked, linted with publint
 * and arethetypeswrong, then the tarballs are installed into a scratch
 * project that imports every export at run time and type-checks an import of
 * every export (TypeScript strict, `moduleResolution: nodenext`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { publint } from 'publint';

const root = new URL('..', import.meta.url).pathname;
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

type Exports = Record<string, string | Record<string, string>>;
interface Packed {
  name: string;
  dir: string;
  tarball: string;
  files: string[];
  size: number;
  exports: Exports;
}
const PACKAGES = ['core', 'elements'] as const;

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} (in ${cwd}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

describe('npm packages', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'civic-packages-'));
  const packed = new Map<string, Packed>();

  before(() => {
    for (const name of PACKAGES) {
      const dir = join(root, 'packages', name);
      const [result] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], dir)) as [
        { name: string; filename: string; files: { path: string }[]; size: number },
      ];
      const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Exports };
      packed.set(name, {
        name: result.name,
        dir,
        tarball: join(scratch, result.filename),
        files: result.files.map((f) => f.path).sort(),
        size: result.size,
        exports,
      });
      console.log(`${result.name}: ${result.files.length} files, ${result.size} B packed`);
    }
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('each tarball holds what can be used, and nothing else', () => {
    for (const [name, pkg] of packed) {
      const files = new Set(pkg.files);
      for (const required of ['package.json', 'README.md', 'LICENSE']) assert.ok(files.has(required), `${pkg.name}: ${required}`);
      const allowed = [
        /^(package\.json|README\.md|LICENSE)$/,
        /^dist\/.+\.(js|d\.ts)(\.map)?$/,
        /^src\/.+(?<!\.test)\.ts$/,
        ...(name === 'elements' ? [/^custom-elements\.json$/] : []),
      ];
      for (const file of pkg.files) {
        assert.ok(
          allowed.some((pattern) => pattern.test(file)),
          `${pkg.name}: ${file} is not meant to be published`,
        );
        assert.doesNotMatch(file, /(^|\/)(cdn|bundles|test-support)\//, `${pkg.name}: ${file} cannot be imported`);
      }
      // Compiled and source files in step: no stale output of a removed module, no module left uncompiled.
      const compiled = pkg.files
        .filter((f) => /^dist\/.+\.js$/.test(f))
        .map((f) => f.replace(/^dist\/(.+)\.js$/, '$1'))
        .sort();
      const sources = pkg.files
        .filter((f) => /^src\/.+\.ts$/.test(f))
        .map((f) => f.replace(/^src\/(.+)\.ts$/, '$1'))
        .sort();
      assert.deepEqual(compiled, sources, `${pkg.name}: dist/*.js and src/*.ts (a stale dist/? npm run clean, then build)`);
      for (const module of compiled) assert.ok(files.has(`dist/${module}.d.ts`), `${pkg.name}: dist/${module}.d.ts`);
      // Every export target, in every condition, is in the package.
      for (const [key, target] of Object.entries(pkg.exports)) {
        for (const path of typeof target === 'string' ? [target] : Object.values(target))
          assert.ok(files.has(path.replace(/^\.\//, '')), `${pkg.name} "${key}" → ${path}`);
      }
      // Source maps and declaration maps point at files that are in the package.
      for (const map of pkg.files.filter((f) => f.endsWith('.map'))) {
        const { sources: mapped } = JSON.parse(readFileSync(join(pkg.dir, map), 'utf8')) as { sources: string[] };
        for (const source of mapped)
          assert.ok(files.has(posix.join(posix.dirname(map), source)), `${pkg.name}: ${map} → ${source}`);
      }
    }
    const manifest = JSON.parse(readFileSync(join(packed.get('elements')!.dir, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string }[];
    };
    for (const { path } of manifest.modules)
      assert.ok(packed.get('elements')!.files.includes(path), `custom-elements.json: ${path}`);
  });

  test('publint finds nothing, not even a suggestion', async () => {
    for (const pkg of packed.values()) {
      const data = readFileSync(pkg.tarball);
      const { messages } = await publint({
        pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer },
        level: 'suggestion',
        strict: true,
      });
      assert.deepEqual(messages, [], pkg.name);
    }
  });

  test('arethetypeswrong: types resolve for every entry point, for ESM in Node and in bundlers', () => {
    for (const pkg of packed.values()) {
      const result = spawnSync(
        process.execPath,
        [
          join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
          pkg.tarball,
          '--profile',
          'esm-only',
          '--format',
          'json',
        ],
        { encoding: 'utf8' },
      );
      const report = JSON.parse(result.stdout) as { problems?: Record<string, { entrypoint: string; resolutionKind: string }[]> };
      // ESM only (docs/getting-started.md): CommonJS and node10 resolution are out of scope.
      const problems = Object.entries(report.problems ?? {}).flatMap(([kind, list]) =>
        list
          .filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind))
          .map((p) => `${kind} ${p.entrypoint} (${p.resolutionKind})`),
      );
      assert.deepEqual(problems, [], pkg.name);
      assert.equal(result.status, 0, `${pkg.name}: attw --profile esm-only`);
    }
  });

  describe('installed from the tarballs into a new project', () => {
    const app = join(scratch, 'app');
    const specifiers = () =>
      [...packed.values()].flatMap((pkg) =>
        Object.keys(pkg.exports)
          .filter((key) => key !== './package.json')
          .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`)),
      );

    before(() => {
      run('mkdir', ['-p', app], scratch);
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
      const typesReact = (
        JSON.parse(readFileSync(join(root, 'node_modules/@types/react/package.json'), 'utf8')) as { version: string }
      ).version;
      // The dependencies come from the registry (or npm's cache) as for any user.
      run(
        'npm',
        [
          'install',
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          '--ignore-scripts',
          ...[...packed.values()].map((p) => p.tarball),
          `@types/react@${typesReact}`,
        ],
        app,
      );
    });

    test('every export imports at run time, in Node, with one copy of the core', () => {
      const script = `
        const loaded = {};
        for (const specifier of ${JSON.stringify(specifiers())}) {
          loaded[specifier] = specifier.endsWith('.json') ? await import(specifier, { with: { type: 'json' } }) : await import(specifier);
        }
        const core = loaded['@civic-widgets/core'];
        const elements = loaded['@civic-widgets/elements'];
        if (elements.MemoryAdapter !== core.MemoryAdapter || elements.RestAdapter !== core.RestAdapter) throw new Error('two copies of the core');
        if (loaded['@civic-widgets/elements/poll.js'].CivicPoll !== loaded['@civic-widgets/elements/poll/poll.js'].CivicPoll) throw new Error('two poll classes');
        if (typeof loaded['@civic-widgets/core/testing'].conformanceCases !== 'function') throw new Error('no conformance suite');
        console.log(Object.keys(loaded).length);
      `;
      assert.equal(run(process.execPath, ['--input-type=module', '-e', script], app).trim(), String(specifiers().length));
    });

    test('every export type-checks, strict, with moduleResolution nodenext', () => {
      const imports = specifiers()
        .filter((s) => !s.endsWith('.json'))
        .map((s, i) => `import * as m${i} from '${s}';\nexport { m${i} };`);
      writeFileSync(
        join(app, 'check.ts'),
        `${imports.join('\n')}
import type {} from '@civic-widgets/elements/react';
import { configure, MemoryAdapter, type Adapter, type Seed } from '@civic-widgets/elements';
import { CivicError, RestAdapter, type PollView } from '@civic-widgets/core';
import { conformanceCases, type ConformanceHarness } from '@civic-widgets/core/testing';
import type { CivicPollProps } from '@civic-widgets/elements/react';
import type { CivicPoll } from '@civic-widgets/elements/poll.js';

const seed: Seed = { polls: [{ id: 'p', question: 'Q?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }] };
const adapter: Adapter = new MemoryAdapter({ seed });
configure({ adapter });
export const rest: Adapter = new RestAdapter({ endpoint: 'https://example.org/api/v1' });
export const view: Promise<PollView> = adapter.getPoll('p');
export const poll: CivicPoll | null = document.querySelector('civic-poll');
document.addEventListener('civic-vote', (event) => console.log(event.detail.choices.length));
export const props: CivicPollProps = { 'poll-id': 'p', adapter };
export const failure = new CivicError('network', 'offline') instanceof Error;
export const cases = (harness: ConformanceHarness) => conformanceCases(harness).length;
`,
      );
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['check.ts'],
        }),
      );
      run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    });
  });
});
