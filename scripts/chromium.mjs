// The Chromium every browser test launches: Debian's build (see .ci/run), or CHROME_PATH.
// Shared by web-test-runner.config.mjs and the end-to-end tests.

/** @type {string} */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for headless runs in containers and CI: no sandbox or shared memory, no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
];
