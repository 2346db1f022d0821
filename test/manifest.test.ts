/**
 * custom-elements.json as published with @civic-widgets/elements (`npm test`
 * builds it first): valid against the Custom Elements Manifest schema, about
 * the files in the package, public API only, and every tag tied to its class
 * and to the module that defines it.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { ClassDeclaration, CustomElementDeclaration, Package, Reference } from 'custom-elements-manifest/schema.js';

const root = new URL('..', import.meta.url).pathname;
const elements = join(root, 'packages/elements');
const pkg = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8')) as {
  customElements: string;
  exports: Record<string, string | { default: string }>;
};
const TAGS = { 'civic-poll': 'poll', 'civic-comments': 'comments', 'civic-petition': 'petition', 'civic-rating': 'rating' };

let manifest: Package;
let published: Set<string>;

before(() => {
  manifest = JSON.parse(readFileSync(join(elements, pkg.customElements), 'utf8')) as Package;
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: elements, encoding: 'utf8' }),
  ) as [{ files: { path: string }[] }];
  published = new Set(packed.files.map((f) => f.path));
});

const classes = () =>
  manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d): d is ClassDeclaration => d.kind === 'class').map((d) => ({ module: m.path, d })),
  );
const exportTarget = (key: string) => {
  const target = pkg.exports[key];
  return (typeof target === 'string' ? target : target?.default)?.replace(/^\.\//, '');
};

test('valid against the Custom Elements Manifest schema it declares', () => {
  const schema = JSON.parse(readFileSync(join(root, 'node_modules/custom-elements-manifest/schema.json'), 'utf8')) as object;
  const version = (
    JSON.parse(readFileSync(join(root, 'node_modules/custom-elements-manifest/package.json'), 'utf8')) as { version: string }
  ).version;
  assert.equal(manifest.schemaVersion, version);
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
  for (const m of manifest.modules) {
    assert.deepEqual(
      Object.keys(m).filter(
        (k) => !['kind', 'path', 'summary', 'description', 'declarations', 'exports', 'deprecated'].includes(k),
      ),
      [],
      `${m.path}: only fields of the schema`,
    );
  }
});

test('describes the published files: every module is in the package, none is a source file', () => {
  assert.ok(published.has(pkg.customElements), 'the manifest itself is published');
  assert.ok(manifest.modules.length > 0);
  for (const m of manifest.modules) {
    assert.match(m.path, /^dist\/.+\.js$/, m.path);
    assert.ok(published.has(m.path), `${m.path} is in the package`);
  }
  // Every module a developer can import (package.json "exports") that declares or exports anything is described.
  const paths = new Set(manifest.modules.map((m) => m.path));
  for (const key of ['.', './poll.js', './comments.js', './petition.js', './rating.js']) {
    assert.ok(paths.has(exportTarget(key)!), `${key} → ${exportTarget(key)}`);
  }
});

test('every reference resolves to a declaration in the manifest', () => {
  const declared = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => `${m.path}#${d.name}`)));
  const check = (ref: Reference | undefined, where: string) => {
    if (!ref || ref.package) return;
    assert.ok(declared.has(`${ref.module}#${ref.name}`), `${where}: ${ref.name} in ${ref.module}`);
  };
  for (const m of manifest.modules) {
    for (const e of m.exports ?? []) check(e.declaration, `${m.path} export ${e.name}`);
    for (const { d } of classes().filter((c) => c.module === m.path)) {
      check(d.superclass, `${d.name} superclass`);
      for (const item of [
        ...(d.members ?? []),
        ...((d as CustomElementDeclaration).attributes ?? []),
        ...((d as CustomElementDeclaration).events ?? []),
      ])
        check(item.inheritedFrom, `${d.name}.${item.name}`);
    }
  }
});

test('public API only: no private, protected or # members, no reactive state as attributes', () => {
  // `static properties = { name: { state: true } }` in a class's source: lit's internal reactive state.
  const stateIn = (module: string) => {
    const source = readFileSync(join(elements, module.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')), 'utf8');
    return [...source.matchAll(/(\w+): \{ state: true \}/g)].map((m) => m[1]!);
  };
  const stateOf = (module: string, d: ClassDeclaration): string[] => {
    const parent = d.superclass?.module
      ? classes().find((c) => c.module === d.superclass!.module && c.d.name === d.superclass!.name)
      : undefined;
    return [...stateIn(module), ...(parent ? stateOf(parent.module, parent.d) : [])];
  };
  const seen = new Set<string>();
  for (const { module, d } of classes()) {
    const state = new Set(stateOf(module, d));
    state.forEach((name) => seen.add(name));
    for (const member of d.members ?? []) {
      assert.ok(
        !('privacy' in member) || member.privacy === 'public',
        `${d.name}.${member.name} is ${'privacy' in member ? member.privacy : ''}`,
      );
      assert.doesNotMatch(member.name, /^[#_]/, `${d.name}.${member.name}`);
      assert.ok(!state.has(member.name), `${d.name}.${member.name} is reactive state`);
    }
    for (const attribute of (d as CustomElementDeclaration).attributes ?? []) {
      assert.ok(!state.has(attribute.fieldName ?? attribute.name), `${d.name} attribute ${attribute.name} is reactive state`);
    }
  }
  // The state the manifest used to list as attributes is known to the check.
  for (const name of ['selected', 'notice', 'formError', 'announcement', 'drafts', 'replyingTo']) assert.ok(seen.has(name), name);
});

test('each tag is defined in its define module and tied to its class', () => {
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ module: m.path, e })),
  );
  assert.deepEqual(definitions.map(({ e }) => e.name).sort(), Object.keys(TAGS).sort(), 'exactly the four tags');
  for (const [tag, name] of Object.entries(TAGS)) {
    const definition = definitions.find(({ e }) => e.name === tag)!;
    assert.equal(definition.module, exportTarget(`./${name}.js`), `<${tag}> is defined by the module of "./${name}.js"`);
    assert.equal(
      definition.e.declaration.module,
      exportTarget(`./${name}/${name}.js`),
      `<${tag}>'s class is in "./${name}/${name}.js"`,
    );
    const klass = classes().find(
      (c) => c.module === definition.e.declaration.module && c.d.name === definition.e.declaration.name,
    );
    assert.ok(klass, `${definition.e.declaration.name} is declared`);
    const element = klass.d as CustomElementDeclaration;
    assert.equal(element.tagName, tag);
    assert.equal(element.customElement, true);
    assert.ok(element.summary, `<${tag}> has a summary`);
    assert.ok(
      (element.attributes ?? []).some((a) => a.name.endsWith('-id')),
      `<${tag}> documents its id attribute`,
    );
    assert.deepEqual(
      (element.events ?? []).map((e) => e.name).filter((n) => n === 'civic-load' || n === 'civic-error'),
      ['civic-load', 'civic-error'],
      `<${tag}> documents civic-load and civic-error`,
    );
    assert.ok(
      (element.cssParts ?? []).length > 0 && (element.cssProperties ?? []).length > 0,
      `<${tag}> documents parts and custom properties`,
    );
  }
});
