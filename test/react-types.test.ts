/**
 * The React 19 typings of @civic-widgets/elements (`@civic-widgets/elements/react`):
 * test/types/react.tsx compiles as `tsc --noEmit -p test/types` would, in a
 * strict app against the published types (`npm test` builds them first), with
 * `@ts-expect-error` on what must not compile; and the props of each element
 * hold every attribute and event custom-elements.json documents for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { CustomElementDeclaration, Package } from 'custom-elements-manifest/schema.js';

const root = new URL('..', import.meta.url).pathname;
const elements = join(root, 'packages/elements');
const configPath = join(root, 'test/types/tsconfig.json');

test('a strict React 19 app compiles with the typings, and what must fail fails', () => {
  assert.ok(existsSync(join(elements, 'dist/react.d.ts')), 'packages are built (npm run build)');
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, ts.sys.readFile).config,
    ts.sys,
    dirname(configPath),
  );
  const program = ts.createProgram(config.fileNames, config.options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const report = ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  });
  assert.equal(diagnostics.length, 0, `tsc --noEmit -p test/types:\n${report}`);

  const checker = program.getTypeChecker();
  const file = program.getSourceFile(join(root, 'test/types/react.tsx'))!;
  const alias = file.statements.find(
    (s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'Props',
  )!;
  const props = checker.getTypeAtLocation(alias.name);
  const manifest = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8')) as Package;
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []) as CustomElementDeclaration[]).filter((d) => d.tagName);
  assert.equal(tags.length, 4);
  for (const element of tags) {
    const tag = props.getProperty(element.tagName!);
    assert.ok(tag, `<${element.tagName}> is an intrinsic element`);
    const names = new Set(checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(tag, alias)).map((p) => p.name));
    for (const { name } of element.attributes ?? []) assert.ok(names.has(name), `<${element.tagName}> ${name}`);
    for (const { name } of element.events ?? []) assert.ok(names.has(`on${name}`), `<${element.tagName}> on${name}`);
    for (const name of ['ref', 'adapter', 'className']) assert.ok(names.has(name), `<${element.tagName}> ${name}`);
  }
});
