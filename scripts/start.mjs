#!/usr/bin/env node
// `npm start`: from a fresh clone too. Installs the dependencies when they are missing,
// builds (saying what it is doing), then serves the demo site, the API and the bundles
// on http://localhost:8787 (PORT=… npm start for another port).
import { ensureDependencies, run } from './bootstrap.mjs';

ensureDependencies();
run(process.execPath, ['scripts/build.mjs']);
const port = process.env.PORT ?? '8787';
console.log(`\nStarting the demo on http://localhost:${port}/ (Ctrl+C to stop; PORT=… npm start for another port)\n`);
run(process.execPath, ['packages/server/dist/cli.js', 'start']);
