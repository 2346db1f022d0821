import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';

const run = promisify(execFile);
const cli = new URL('./cli.ts', import.meta.url).pathname;
const node = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--conditions=civic-source', '--import', 'tsx', cli, ...args], { env: { ...process.env, ...env } });

describe('civic-widgets-server CLI', () => {
  test('--help lists the commands and settings', async () => {
    const { stdout } = await node(['--help'], {});
    for (const word of ['start', 'migrate', 'seed FILE', 'backup FILE', 'CIVIC_DATABASE_URL', 'CIVIC_ADMIN_TOKEN'])
      assert.match(stdout, new RegExp(word));
  });

  test('migrate, seed and backup work on a SQLite file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-cli-'));
    try {
      const env = { CIVIC_DATABASE_URL: `sqlite:${join(dir, 'civic.db')}`, CIVIC_LOG_LEVEL: 'silent', CIVIC_SEED: 'false' };
      assert.match((await node(['migrate'], env)).stdout, /up to date/);
      const seedFile = join(dir, 'seed.json');
      writeFileSync(
        seedFile,
        JSON.stringify({
          polls: [
            {
              id: 'from-cli',
              question: 'Seeded?',
              options: [
                { id: 'a', label: 'A' },
                { id: 'b', label: 'B' },
              ],
            },
          ],
        }),
      );
      assert.match((await node(['seed', seedFile], env)).stdout, /Created: poll:from-cli/);
      assert.match((await node(['seed', seedFile], env)).stdout, /Skipped \(already there\): poll:from-cli/);
      const backup = join(dir, 'backups', 'copy.db');
      await node(['backup', backup], env);
      assert.ok(existsSync(backup));
      const copy = new SQLite(backup, { readonly: true });
      assert.equal((copy.prepare('select id from polls').get() as { id: string }).id, 'from-cli');
      copy.close();
      await assert.rejects(node(['seed', join(dir, 'missing.json')], env), /ENOENT|no such file/);
      await assert.rejects(node(['frobnicate'], env), /Unknown command/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
