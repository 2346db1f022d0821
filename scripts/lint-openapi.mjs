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
try {
  writeFileSync(file, JSON.stringify(openApiDocument('0.0.0-lint'), null, 2));
  const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
  const result = spawnSync(process.execPath, [cli, 'lint', '--extends=recommended-strict', '--format=stylish', file], {
    stdio: 'inherit',
    // Lint offline and quietly: no usage reports, no update checks.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  status = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
