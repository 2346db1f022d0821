// Browser bundles, built from the compiled ESM in packages/*/dist (run `tsc -b` first; `npm run build` does both).
// Output: packages/elements/dist/cdn/. `npm run size` measures every file there.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Start clean so stale chunks never reach the size report or the CDN.
rmSync('packages/elements/dist/cdn', { recursive: true, force: true });

const plugins = [
  // The `browser` condition and no `development` condition: lit's production build.
  nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
  // Whitespace and comments inside lit's html`` and css`` templates, which terser leaves alone.
  minifyHTML(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  precompress(),
];

// Rollup gives every set of entries sharing a module its own chunk; the two
// smallest (the open/closed phase and rating scales, ~0.2 KB each) go together so
// a page with several widgets pays one request and one gzip overhead for them.
// Only modules without dependencies are named here: a manual chunk also takes in
// every dependency that no other manual chunk claims.
function manualChunks(id) {
  return /core\/dist\/(phase|scales)\.js$/.test(id) ? 'shared' : undefined;
}

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

export default [
  {
    // The shared runtime: lit, the protocol core, adapters and the element foundation;
    // and one entry per widget, sharing the runtime's chunks.
    input: {
      'civic-widgets': 'packages/elements/dist/bundles/loader.js',
    },
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'packages/elements/dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks,
    },
    plugins,
  },
  {
    // The classic build: one file, no modules, everything included.
    input: 'packages/elements/dist/bundles/iife.js',
    output: { file: 'packages/elements/dist/cdn/civic-widgets.iife.js', format: 'iife', inlineDynamicImports: true },
    plugins,
  },
];
