// custom-elements.json for @civic-widgets/elements, from the JSDoc tags on each element class.
//
// The analyzer reads the TypeScript sources; the manifest describes the package as published:
// module paths are those of the compiled files (`dist/poll/poll.js`), only the modules a
// developer can import (the `exports` of package.json) and the modules declaring what they
// export are listed, and only public API: no private, protected or `#` members, and no
// reactive state (`static properties = { x: { state: true } }`) as attributes. Each tag is
// tied to its class by a `custom-element-definition` in the define module that registers it
// (`defineElement('civic-poll', CivicPoll)`). test/manifest.test.ts checks the result.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const PACKAGE = 'packages/elements';
const SRC = `${PACKAGE}/src/`;

/** The published file for a source path as the analyzer writes it (`packages/elements/src/x.ts`, `/…/x.js`, or `./x.js` from `from`). */
function published(path, from) {
  let p = path.replace(/^\//, '');
  if (/^\.\.?\//.test(p)) p = posix.join(posix.dirname(from), p);
  if (!p.startsWith(SRC)) return path;
  return `dist/${p.slice(SRC.length).replace(/\.ts$/, '.js')}`;
}

/** The compiled modules package.json exports: what a developer can import. */
function entryModules() {
  const { exports } = JSON.parse(readFileSync(`${PACKAGE}/package.json`, 'utf8'));
  return new Set(
    Object.values(exports)
      .map((target) => (typeof target === 'string' ? target : target.default))
      .filter((target) => target.endsWith('.js'))
      .map((target) => target.replace(/^\.\//, '')),
  );
}

const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !/^[#_]/.test(member.name);

function publishedManifest() {
  /** Class name → its reactive state (`state: true`) and its properties without an attribute, from `static properties`. */
  const properties = new Map();
  /** Source module → the names it exports as types only (`export { type Adapter }`), which a manifest does not describe. */
  const typeOnly = new Map();

  return {
    name: 'civic-published-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause)) {
        const names = typeOnly.get(moduleDoc.path) ?? new Set();
        for (const specifier of node.exportClause.elements)
          if (node.isTypeOnly || specifier.isTypeOnly) names.add(specifier.name.text);
        typeOnly.set(moduleDoc.path, names);
      }
      // `static properties = { selected: { state: true }, adapter: { attribute: false } }`
      if (ts.isClassDeclaration(node) && node.name) {
        const table = node.members.find(
          (m) =>
            ts.isPropertyDeclaration(m) &&
            m.name?.getText() === 'properties' &&
            m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword),
        );
        const state = new Set();
        const noAttribute = new Set();
        if (table?.initializer && ts.isObjectLiteralExpression(table.initializer)) {
          for (const property of table.initializer.properties) {
            if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
            const option = (key) =>
              property.initializer.properties.find((o) => ts.isPropertyAssignment(o) && o.name.getText() === key)?.initializer;
            if (option('state')?.kind === ts.SyntaxKind.TrueKeyword) state.add(property.name.getText());
            if (option('attribute')?.kind === ts.SyntaxKind.FalseKeyword) noAttribute.add(property.name.getText());
          }
        }
        properties.set(node.name.text, { state, noAttribute });
      }
      // `defineElement('civic-poll', CivicPoll)`: the tag's definition, in the module that registers it.
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: node.arguments[0].text,
          declaration: { name: node.arguments[1].text, module: moduleDoc.path },
        });
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const all = manifest.modules.map((mod) => ({ ...mod, path: published(mod.path, mod.path), source: mod.path }));
      /** Declaration name → the published module declaring it (names are unique in this package). */
      const declaredIn = new Map();
      for (const mod of all) {
        for (const d of mod.declarations ?? []) {
          if (declaredIn.has(d.name)) throw new Error(`custom-elements.json: "${d.name}" is declared twice`);
          declaredIn.set(d.name, mod.path);
        }
      }
      const entries = entryModules();
      /** Published module → the names of its declarations that an entry module exports. */
      const needed = new Map();
      const need = (path, name) => needed.set(path, (needed.get(path) ?? new Set()).add(name));
      const resolve = (ref) => (declaredIn.has(ref.name) ? { name: ref.name, module: declaredIn.get(ref.name) } : null);

      for (const mod of all.filter((m) => entries.has(m.path))) {
        mod.exports = (mod.exports ?? []).flatMap((e) => {
          if (e.kind === 'js' && typeOnly.get(mod.source)?.has(e.name)) return [];
          // Re-exported from another package (`RestAdapter` from @civic-widgets/core).
          if (e.declaration.package) return [e];
          const declaration = resolve(e.declaration);
          // Type-only exports have no declaration in a manifest; `customElements.define(tag, constructor)`
          // inside defineElement() is no definition of a tag.
          if (!declaration || (e.kind === 'custom-element-definition' && !/^[a-z][a-z0-9]*-[-a-z0-9]*$/.test(e.name))) return [];
          need(declaration.module, declaration.name);
          return [{ ...e, declaration }];
        });
      }

      const modules = all
        .filter((mod) => entries.has(mod.path) || needed.has(mod.path))
        .map((mod) => {
          const keep = needed.get(mod.path) ?? new Set();
          const declarations = (mod.declarations ?? []).filter((d) => keep.has(d.name)).map((d) => publicDeclaration(d, mod));
          const exports = entries.has(mod.path)
            ? mod.exports
            : (mod.exports ?? [])
                .filter((e) => e.kind === 'js' && keep.has(e.declaration.name))
                .map((e) => ({ ...e, declaration: { name: e.declaration.name, module: mod.path } }));
          return { kind: mod.kind, path: mod.path, declarations, exports };
        })
        .filter((mod) => mod.declarations.length > 0 || mod.exports.length > 0)
        .sort((a, b) => a.path.localeCompare(b.path));

      // Each tag on its class too, from its definition.
      for (const mod of modules) {
        for (const e of mod.exports.filter((x) => x.kind === 'custom-element-definition')) {
          const target = modules
            .find((m) => m.path === e.declaration.module)
            ?.declarations.find((d) => d.name === e.declaration.name);
          if (target) target.tagName ??= e.name;
        }
      }
      manifest.modules = modules;

      function publicDeclaration(d, mod) {
        const moduleRef = (ref) => {
          if (!ref?.module) return ref;
          // A global such as Error: the analyzer names the class's own module.
          if (!declaredIn.has(ref.name)) return { name: ref.name, package: 'global:' };
          return { ...ref, module: published(ref.module, mod.source) };
        };
        if (d.kind !== 'class') return d;
        const state = new Set();
        const noAttribute = new Set();
        for (let klass = d; klass; klass = klassNamed(klass.superclass?.name)) {
          properties.get(klass.name)?.state.forEach((name) => state.add(name));
          properties.get(klass.name)?.noAttribute.forEach((name) => noAttribute.add(name));
        }
        const members = (d.members ?? []).filter((m) => isPublic(m) && !state.has(m.name));
        const kept = new Set(members.map((m) => m.name).filter((name) => !noAttribute.has(name)));
        return {
          ...d,
          superclass: moduleRef(d.superclass),
          members: members.map((m) => ({ ...m, inheritedFrom: moduleRef(m.inheritedFrom) })),
          // An attribute stays when it is only documented (`@attr lang`) or reflects a public property.
          attributes: d.attributes
            ?.filter((a) => !a.fieldName || kept.has(a.fieldName))
            .map((a) => ({ ...a, inheritedFrom: moduleRef(a.inheritedFrom) })),
          // `emit(name, detail)` in the base class is not an event of its own: the @event tags list the real ones.
          events: d.events
            ?.filter((e) => e.name?.startsWith('civic-'))
            .map((e) => ({ ...e, inheritedFrom: moduleRef(e.inheritedFrom) })),
        };
      }

      function klassNamed(name) {
        return name ? all.flatMap((m) => m.declarations ?? []).find((x) => x.kind === 'class' && x.name === name) : undefined;
      }
    },
  };
}

export default {
  globs: [`${SRC}**/*.ts`],
  exclude: [
    `${SRC}**/*.test.ts`,
    `${SRC}**/messages/**`,
    `${SRC}**/report/**`,
    `${SRC}i18n/catalogues/**`,
    `${SRC}test-support/**`,
    `${SRC}bundles/**`,
  ],
  outdir: PACKAGE,
  litelement: true,
  packagejson: false,
  plugins: [publishedManifest()],
};
