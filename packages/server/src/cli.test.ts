import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';

const run = promisify(execFile);
const cli = new URL('./cli.ts', import.meta.url).pathname;
const node = (args: string[], env: Record<string, string>, timeout = 0) =>
  run(process.execPath, ['--conditions=civic-source', '--import', 'tsx', cli, ...args], {
    env: { ...process.env, ...env },
    timeout,
  });

/** A port nothing listens on, for a server that should never start. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

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

  test('start refuses an admin token shorter than 32 characters, and says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-cli-'));
    try {
      const env = {
        CIVIC_DATABASE_URL: `sqlite:${join(dir, 'civic.db')}`,
        CIVIC_LOG_LEVEL: 'silent',
        CIVIC_SEED: 'false',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        CIVIC_ADMIN_TOKEN: 'a'.repeat(31),
      };
      // A server that starts anyway never exits: the timeout ends it, and the test fails.
      const failure = await node(['start'], env, 20_000).then(
        () => assert.fail('start should exit with an error'),
        (error: { code: unknown; stderr: string }) => error,
      );
      assert.equal(failure.code, 1, 'exits non-zero');
      assert.match(failure.stderr, /CIVIC_ADMIN_TOKEN/);
      assert.match(failure.stderr, /at least 32 characters/);
      assert.doesNotMatch(failure.stderr, /a{31}/, 'the token itself is not printed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
