// What `npm start` and `npm test` need before anything else, from a fresh clone:
// the dependencies (installed with `npm ci` when node_modules is missing) and, for
// the tests, Chromium. Only Node's own modules are imported here: nothing else is
// installed yet when this runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command in the repository, its output shown as it comes; stops the process if it fails. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed${result.error ? `: ${result.error.message}` : ''}.`);
    process.exit(result.status ?? 1);
  }
}

/** Installs the dependencies when they are missing (a fresh clone); never touches an existing node_modules. */
export function ensureDependencies() {
  // npm writes this file at the end of every install.
  if (existsSync(join(root, 'node_modules/.package-lock.json'))) return;
  console.log('Installing dependencies (npm ci): first run only, a minute or two…');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}

/** The Chromium the browser tests launch (scripts/chromium.mjs reads the same variable). */
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Makes sure Chromium is there for the browser tests: as root on Debian or Ubuntu it is
 * installed as .ci/run does; anywhere else the run stops at once, saying what to run.
 */
export function ensureChromium() {
  if (existsSync(chromium)) return;
  const root = process.getuid?.() === 0;
  const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (root && debian && !process.env.CHROME_PATH) {
    console.log('Chromium is missing: installing it from the distribution (apt-get install chromium)…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    if (existsSync(chromium)) return;
  }
  console.error(
    `The browser tests need Chromium at ${chromium}, and it is not there.\n` +
      (debian ? '  Install it:   sudo apt-get install chromium\n' : '') +
      '  Or point to a Chrome or Chromium you have:   CHROME_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}
