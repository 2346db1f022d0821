// Browser bundles, built from the compiled ESM in packages/*/dist (run `tsc -b` first; `npm run build` does both).
// Output: packages/elements/dist/cdn/. `npm run size` measures every file there.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Start clean so stale chunks never reach the size report or the CDN.
rmSync('packages/elements/dist/cdn', { recursive: true, force: true });
rmSync('packages/admin/dist/console', { recursive: true, force: true });

/**
 * A dynamic import loads its chunk, then that chunk's imports, then theirs: one
 * round trip each (150 ms and more on a slow mobile network). This starts all of
 * them at once: `import("./a.js")` becomes a call that also imports the chunks
 * a.js needs and the importer has not loaded yet. Names are Rollup's hash
 * placeholders, so every file name and hash stays right. `only` names the chunks
 * worth it (those on the way to first content): each list costs bytes.
 */
function preloadDependencies({ only }) {
  const closure = (file, chunks, seen = new Set()) => {
    if (seen.has(file) || !chunks[file]) return seen;
    seen.add(file);
    for (const dep of chunks[file].imports) closure(dep, chunks, seen);
    return seen;
  };
  return {
    name: 'preload-dependencies',
    renderChunk(code, chunk, options, { chunks }) {
      if (options.format !== 'es') return null;
      const dir = posix.dirname(chunk.fileName);
      const loaded = closure(chunk.fileName, chunks);
      let used = false;
      const result = code.replace(/import\((['"])(\.\.?\/[^'"]+)\1\)/g, (call, _quote, path) => {
        const target = posix.join(dir, path);
        if (!only.test(chunks[target]?.name ?? '')) return call;
        const deps = [...closure(target, chunks)].filter((file) => file !== target && !loaded.has(file));
        if (deps.length === 0) return call;
        used = true;
        const specifiers = deps.map((file) => JSON.stringify(`./${posix.relative(dir, file)}`.replace(/^\.\/\.\./, '..')));
        return `civicPreload(${call}, [${specifiers.join(', ')}])`;
      });
      if (!used) return null;
      return `const civicPreload = (load, deps) => (deps.forEach((dep) => import(dep).catch(() => {})), load);\n${result}`;
    },
  };
}

/**
 * Translations: a bundle loads a language with `import(\`./messages/${lang}.js\`)`,
 * which bundlers of the npm packages resolve to the files of that folder. Here each
 * such folder's languages become files of their own, `i18n/<folder>/<lang>.js`
 * (stable names: the widget builds the URL), and the call loads by URL from the
 * chunk's own address, so 60 languages cost the widget one line, not a table.
 * The classic build (`emit: false`) loads the same files beside it.
 */
function catalogueFiles({ emit = true } = {}) {
  const CALL = /import\(`(\.{1,2}\/[\w/.-]+)\/\$\{(\w+)\}\.js`\)/g;
  const emitted = new Set();
  return {
    name: 'catalogue-files',
    transform(code, id) {
      if (!code.includes('import(`')) return null;
      let found = false;
      const result = code.replace(CALL, (_, folder, variable) => {
        found = true;
        const dir = resolve(dirname(id), folder);
        const name = relative(resolve('packages'), dir)
          .replace(/\/(dist|src)\//, '/')
          .replace(/\//g, '-')
          .replace(/^(elements|admin)-/, '')
          .replace(/^i18n-catalogues$/, 'common')
          .replace(/^i18n-|^comments-(?=report)|-messages$/g, '');
        if (emit && !emitted.has(dir)) {
          emitted.add(dir);
          for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'en.js'))
            this.emitFile({ type: 'chunk', id: join(dir, file), fileName: `i18n/${name}/${file}` });
        }
        // (`import()` takes the URL as its string.)
        return `import(new URL(\`__CIVIC_I18N__/${name}/\${${variable}}.js\`, import.meta.url))`;
      });
      return found ? { code: result, map: null } : null;
    },
    renderChunk(code, chunk) {
      if (!code.includes('__CIVIC_I18N__')) return null;
      const up = posix.relative(posix.dirname(chunk.fileName), 'i18n') || '.';
      return { code: code.replaceAll('__CIVIC_I18N__', up.startsWith('.') ? up : `./${up}`), map: null };
    },
  };
}

const plugins = [
  // The `browser` condition and no `development` condition: lit's production build.
  nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
  // Whitespace and comments inside lit's html`` and css`` templates, which terser leaves alone.
  minifyHTML(),
  catalogueFiles(),
  // On the way to first content: the widgets, and the schemas their first request needs.
  preloadDependencies({ only: /^(poll|comments|petition|rating|thread|service)$/ }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  precompress(),
];

// Rollup gives every set of entries sharing a module its own chunk. The phase rules
// (`phaseOf`, core) are used by polls, petitions and ratings, as are their result bars
// and choices: one chunk. (The rating scales are the rating widget's own.)

/**
 * Writes `.br` and `.gz` beside every file, compressed once at the highest
 * levels, for the server to send as they are (@fastify/static `preCompressed`):
 * no compression work per request, and better ratios than on-the-fly settings.
 */
function precompress() {
  return {
    name: 'precompress',
    writeBundle(options, bundle) {
      const dir = options.dir ?? join(options.file, '..');
      for (const fileName of Object.keys(bundle)) {
        const path = join(dir, fileName);
        const code = readFileSync(path);
        writeFileSync(`${path}.br`, brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(code, { level: 9 }));
      }
    },
  };
}

/** Copies the console's page and stylesheet beside its bundle (the server serves the folder at /admin/). */
function consolePage() {
  return {
    name: 'console-page',
    generateBundle() {
      for (const fileName of ['index.html', 'console.css'])
        this.emitFile({ type: 'asset', fileName, source: readFileSync(join('packages/admin', fileName), 'utf8') });
    },
  };
}

export default [
  {
    // One entry, the loader, which is also the shared runtime (lit, the protocol core,
    // the REST adapter, the element foundation); the widgets are chunks it imports.
    input: {
      'civic-widgets': 'packages/elements/dist/bundles/loader.js',
    },
    // The widgets import the runtime's internals from the loader itself rather than
    // from a separate runtime file: one request and one gzip stream fewer.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'packages/elements/dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      // Short names: every import between files names them (`-<hash>` keeps the server's "cached for good" rule).
      chunkFileNames: 'c-[hash].js',
    },
    plugins,
  },
  {
    // The staff console, served at /admin/ by the reference server; never part of the CDN bundles.
    input: { console: 'packages/admin/dist/main.js' },
    output: {
      dir: 'packages/admin/dist/console',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
      minifyHTML(),
      catalogueFiles(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
      consolePage(),
      precompress(),
    ],
  },
  {
    // The classic build: one file, no modules, everything included.
    input: 'packages/elements/dist/bundles/iife.js',
    output: { file: 'packages/elements/dist/cdn/civic-widgets.iife.js', format: 'iife', inlineDynamicImports: true },
    plugins: plugins.map((plugin) => (plugin.name === 'catalogue-files' ? catalogueFiles({ emit: false }) : plugin)),
  },
];
