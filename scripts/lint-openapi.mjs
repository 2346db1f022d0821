#!/usr/bin/env node
// Lints the server's openapi.json with Redocly CLI's recommended rules, warnings
// counting as errors. The document is generated from the server's source (no
// build, no committed copy) into a temporary file. Run through `npm run lint`:
//   node --conditions=civic-source --import tsx scripts/lint-openapi.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApiDocument } from '../packages/server/src/http/openapi.ts';

const dir = mkdtempSync(join(tmpdir(), 'civic-openapi-'));
const file = join(dir, 'openapi.json');
let status;
const doc = openApiDocument('0.0.0-lint');
// Redocly's operation-2xx-response, except that an operation that only redirects
// (single sign-on's browser navigations: a 302 with its Location) passes too.
const no2xx = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods)
    .filter(
      ([, op]) => !Object.entries(op.responses).some(([code, r]) => /^2/.test(code) || (/^3/.test(code) && r.headers?.Location)),
    )
    .map(([method]) => `${method.toUpperCase()} ${path}`),
);
if (no2xx.length) {
  console.error(`Operations without a 2XX answer (or a redirect with its Location): ${no2xx.join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}
try {
  writeFileSync(file, JSON.stringify(doc, null, 2));
  const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
  const lint = ['lint', '--extends=recommended-strict', '--skip-rule=operation-2xx-response', '--format=stylish', file];
  const result = spawnSync(process.execPath, [cli, ...lint], {
    stdio: 'inherit',
    // Lint offline and quietly: no usage reports, no update checks.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  status = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
