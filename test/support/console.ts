/*
 * The staff console in real Chromium against a real server: the harness every
 * console test uses. It starts the reference server (SQLite in a temporary
 * folder, or PostgreSQL from CIVIC_TEST_DATABASE_URL) with the built console
 * and widget bundles, creates staff through the admin API or the command
 * line, signs people in through the console's own sign-in form (or through a
 * test OpenID provider), and runs axe on what is shown.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import type { Seed } from '@civic-widgets/core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { resetPostgres } from '../../packages/server/src/test-support/server.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  ROLE_MAP,
  type TestProvider,
  freePort,
  startTestProvider,
} from '../../packages/server/src/test-support/oidc.js';
import { seed } from '../../packages/server/src/seed.js';
import { type CivicServer, createServer } from '../../packages/server/src/server.js';

const root = new URL('../..', import.meta.url).pathname;
export const BREAK_GLASS = 'console-test-admin-token-0123456789-abcdef';
export const PASSWORD = 'a long enough passphrase';
/** The single sign-on button's text when the harness runs with a provider. */
export const SSO_LABEL = 'Sign in with Council account';

export type Role = 'admin' | 'editor' | 'moderator' | 'analyst';

export interface ConsoleOptions {
  /**
   * Single sign-on through a test OpenID provider started with the server: its
   * accounts' groups civic-admins, civic-editors, civic-moderators and
   * civic-analysts give the roles (ROLE_MAP). Passwords still work.
   */
  oidc?: boolean;
}

export interface ConsoleHarness {
  server: CivicServer;
  /** http://127.0.0.1:PORT */
  base: string;
  browser: Browser;
  /** The test OpenID provider (its `accounts` are the people it knows), when started with `oidc`. */
  provider: TestProvider | null;
  /** Calls the admin API with the break-glass token. */
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** Creates a staff member with a password; returns the e-mail address. */
  staff(role: Role, email?: string): Promise<string>;
  /** Runs the real `civic-widgets-server` command line on this server's database and address; returns what it printed. */
  cli(...args: string[]): Promise<string>;
  /**
   * Opens a one-time set-up link in a new browser context and sets the password
   * by keyboard, as the person it was sent to; the page is left on the sign-in
   * form, which says the password is set.
   */
  setPassword(link: string, options?: PageOptions): Promise<ConsolePage>;
  /** A new page signed in as `email` through the sign-in form, showing `hash`. */
  signedIn(email: string, hash?: string, options?: PageOptions): Promise<ConsolePage>;
  /**
   * A new page signed in through the provider: the sign-on button, the
   * provider's page where `account` is typed, and back to the console, showing `hash`.
   */
  signedInWithProvider(account: string, hash?: string, options?: PageOptions): Promise<ConsolePage>;
  /** A new page, not signed in. */
  open(hash?: string, options?: PageOptions): Promise<ConsolePage>;
  /** A new page at any address (a citizen on another site), in a browser context of its own. */
  visit(url: string, options?: PageOptions): Promise<ConsolePage>;
  close(): Promise<void>;
}

export interface PageOptions {
  width?: number;
  lang?: string;
  dark?: boolean;
}

export interface ConsolePage {
  page: Page;
  /** Page errors and Content-Security-Policy / Trusted Types violations seen so far. */
  problems: string[];
  /** Goes to `#/…` and waits for the view's heading. */
  go(hash: string): Promise<void>;
  /** Waits until no request has been in flight for `idle` ms; live streams (Server-Sent Events) stay open by design and do not count. */
  settle(idle?: number): Promise<void>;
  /** The first element matching a selector, looking through shadow roots. */
  find(selector: string): Promise<ElementHandle<Element>>;
  /** Text of the page, through shadow roots. */
  text(): Promise<string>;
  /** axe's violations (WCAG 2.2 A and AA) on what is shown, by rule id. */
  axe(): Promise<string[]>;
}

let counter = 0;

const DEEP_TEXT = `window.deepText = function deepText(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent || '';
  if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return '';
  const kids = [...(node.shadowRoot ? node.shadowRoot.childNodes : []), ...node.childNodes];
  return kids.map(deepText).join(' ');
};
window.deepQuery = function deepQuery(selector, root = document) {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      const inner = deepQuery(selector, el.shadowRoot);
      if (inner) return inner;
    }
  }
  return null;
};`;

/** Single sign-on settings for a server at `publicUrl` and a test provider. */
function ssoSettings(publicUrl: string, provider: TestProvider): Record<string, string> {
  return {
    CIVIC_PUBLIC_URL: publicUrl,
    CIVIC_OIDC_ISSUER: provider.issuer,
    CIVIC_OIDC_CLIENT_ID: CLIENT_ID,
    CIVIC_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    CIVIC_OIDC_ROLE_MAP: ROLE_MAP,
    CIVIC_OIDC_LABEL: SSO_LABEL,
  };
}

export async function startConsole(content?: Seed, options: ConsoleOptions = {}): Promise<ConsoleHarness> {
  const consoleDir = join(root, 'packages/admin/dist/console');
  assert.ok(existsSync(join(consoleDir, 'console.js')), 'the console is built (npm run build)');
  assert.ok(existsSync(chromiumPath), `Chromium is needed at ${chromiumPath} (set CHROME_PATH; .ci/run installs it)`);
  const dir = mkdtempSync(join(tmpdir(), 'civic-console-'));
  const pg = process.env['CIVIC_TEST_DATABASE_URL'];
  if (pg) await resetPostgres(pg);
  // With single sign-on the server's address is chosen first: the provider must know where to send people back.
  const port = options.oidc ? await freePort() : 0;
  const provider = options.oidc ? await startTestProvider(`http://127.0.0.1:${port}/api/v1/admin/oidc/callback`) : null;
  const server = await createServer(
    {
      databaseUrl: pg ?? `sqlite:${join(dir, 'console.db')}`,
      port,
      host: '127.0.0.1',
      seedOnFirstStart: false,
      logLevel: 'silent',
      adminToken: BREAK_GLASS,
      cdnDir: join(root, 'packages/elements/dist/cdn'),
      consoleDir,
      rateLimit: { reads: 1_000_000, writes: 1_000_000, participantWrites: 1_000_000 },
      // Citizens in tests act from several networks through X-Forwarded-For (reports, blocks, abuse watch).
      trustProxy: true,
      // Plain http to the provider on 127.0.0.1 is for tests only.
      oidcInsecureHttp: provider !== null,
    },
    provider ? ssoSettings(`http://127.0.0.1:${port}`, provider) : {},
  );
  if (content) await seed(server.ctx, content);
  const base = await server.listen();
  // The console's own origin (links, CSRF origin check) is where the browser opens it.
  server.config.publicUrl = base;
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

  async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${base}/api/v1/admin${path}`, {
      method,
      headers: { authorization: `Bearer ${BREAK_GLASS}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    assert.ok(res.ok, `${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function staff(role: Role, email = `${role}-${++counter}@council.example`) {
    const invited = await admin<{ setupLink: string }>('POST', '/staff', {
      email,
      role,
      name: `${role[0]!.toUpperCase()}${role.slice(1)} ${counter}`,
    });
    await admin('POST', '/setup', { token: invited.setupLink.split('#setup=')[1], password: PASSWORD });
    return email;
  }

  async function cli(...args: string[]): Promise<string> {
    const env = {
      ...process.env,
      CIVIC_DATABASE_URL: server.config.databaseUrl,
      CIVIC_PUBLIC_URL: base,
      CIVIC_LOG_LEVEL: 'silent',
      CIVIC_SEED: 'false',
    };
    // As an operator runs it, from the sources (the package's bin is the same module, compiled).
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=civic-source', '--import', 'tsx', join(root, 'packages/server/src/cli.ts'), ...args],
      { env },
    );
    return stdout;
  }

  async function setPassword(link: string, options: PageOptions = {}): Promise<ConsolePage> {
    // (Opened on the harness's address: the server builds links on the public address it was configured with.)
    assert.match(link, /\/admin\/#setup=[A-Za-z0-9_-]{20,}$/);
    const p = await open(new URL(link).hash, options);
    await p.find('input[name=confirm]');
    // The page's heading has focus when it opens: the password, then its confirmation, follow.
    await p.page.waitForFunction(FOCUS_ON_HEADING, { polling: 50, timeout: 10_000 });
    await p.page.keyboard.press('Tab');
    await p.page.keyboard.type(PASSWORD);
    await p.page.keyboard.press('Tab');
    await p.page.keyboard.type(PASSWORD);
    await p.page.keyboard.press('Enter');
    await p.page.waitForFunction(`/Your password is set\\. Sign in to continue\\./.test(deepText(document.body))`, {
      polling: 50,
      timeout: 10_000,
    });
    assert.equal(await p.page.evaluate(() => location.hash), '', 'the used token leaves the address bar');
    return p;
  }

  async function open(hash = '', options: PageOptions = {}): Promise<ConsolePage> {
    return visit(`${base}/admin/${hash}`, options);
  }

  async function visit(url: string, options: PageOptions = {}): Promise<ConsolePage> {
    // Each page its own browser context: its own cookies, like a separate person.
    const page = await (await browser.createBrowserContext()).newPage();
    await page.setViewport({ width: options.width ?? 1280, height: 900 });
    if (options.dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const problems: string[] = [];
    // Requests in flight, as puppeteer counts them for network idle, but a live stream (a widget's, a
    // dashboard's) counts only until its answer starts: it stays open by design.
    const inFlight = new Set<HTTPRequest>();
    page.on('request', (r) => void inFlight.add(r));
    page.on('requestfinished', (r) => void inFlight.delete(r));
    page.on('requestfailed', (r) => void inFlight.delete(r));
    page.on(
      'response',
      (r) => void (r.headers()['content-type']?.startsWith('text/event-stream') && inFlight.delete(r.request())),
    );
    const settle = async (idle = 150) => {
      const deadline = Date.now() + 30_000;
      for (let quietSince = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 25))) {
        if (inFlight.size) quietSince = Date.now();
        else if (Date.now() - quietSince >= idle) return;
        if (Date.now() > deadline) assert.fail(`still loading: ${[...inFlight].map((r) => r.url()).join(', ')}`);
      }
    };
    page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
    page.on('console', (m) => {
      if (/Content Security Policy|Trusted Type|TrustedHTML/i.test(m.text())) problems.push(m.text());
    });
    if (options.lang) await page.evaluateOnNewDocument((lang) => localStorage.setItem('civic-console-lang', lang), options.lang);
    await page.goto(url, { waitUntil: 'load' });
    await settle(500);
    const consolePage: ConsolePage = {
      page,
      problems,
      async go(next) {
        await page.evaluate((h) => (location.hash = h), next);
        await settle();
      },
      settle,
      // Polled: changes inside shadow roots do not wake a document-level mutation observer.
      async find(selector) {
        await page.waitForFunction(`deepQuery(${JSON.stringify(selector)}) !== null`, { polling: 50, timeout: 10_000 });
        return (await page.$(`pierce/${selector}`))!;
      },
      text: () => page.evaluate('deepText(document.body)') as Promise<string>,
      async axe() {
        await page.evaluate(readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe.run(
            document,
            { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
          ),
        )) as { violations: { id: string }[] };
        return result.violations.map((v) => v.id);
      },
    };
    // Text through shadow roots, for assertions on what a person reads (a string: the test runner's
    // compiler would add helpers to a function that do not exist in the page).
    await page.evaluateOnNewDocument(DEEP_TEXT);
    await page.evaluate(DEEP_TEXT);
    return consolePage;
  }

  async function signedIn(email: string, hash = '', options: PageOptions = {}): Promise<ConsolePage> {
    const p = await open('', options);
    await (await p.find('input[name=email]')).type(email);
    await (await p.find('input[name=password]')).type(PASSWORD);
    await p.page.keyboard.press('Enter');
    await p.find('nav');
    if (hash) await p.go(hash);
    return p;
  }

  async function signedInWithProvider(account: string, hash = '', options: PageOptions = {}): Promise<ConsolePage> {
    assert.ok(provider, 'the harness was started with { oidc: true }');
    const p = await open('', options);
    const button = await p.find('a.button');
    assert.equal((await button.evaluate((a) => a.textContent ?? '')).trim(), SSO_LABEL);
    await Promise.all([p.page.waitForNavigation(), button.click()]);
    // At the provider's own page, the person says who they are.
    assert.ok(p.page.url().startsWith(`${provider.issuer}/interaction/`), p.page.url());
    await p.page.type('input[name=login]', account);
    await Promise.all([p.page.waitForNavigation(), p.page.keyboard.press('Enter')]);
    await p.settle(500);
    assert.equal(new URL(p.page.url()).origin, base, `back at the console: ${p.page.url()}`);
    await p.find('nav');
    if (hash) await p.go(hash);
    return p;
  }

  return {
    server,
    base,
    browser,
    provider,
    admin,
    staff,
    cli,
    setPassword,
    signedIn,
    signedInWithProvider,
    open,
    visit,
    async close() {
      await browser.close();
      await server.close();
      await provider?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** True when the focused element, through shadow roots, is a heading (a string: see DEEP_TEXT). */
const FOCUS_ON_HEADING = `(() => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return !!a && /^H[1-6]$/.test(a.tagName);
})()`;

/**
 * Invites a staff member through Staff → Invite a staff member on an admin's
 * page, as a person fills in the form; returns the one-time link shown once.
 */
export async function invite(admin: ConsolePage, person: { email: string; name: string; role: Role }): Promise<string> {
  await admin.go('#/staff');
  await (await admin.find('a[href="#/staff/invite"]')).click();
  await (await admin.find('input[name=email]')).type(person.email);
  await (await admin.find('input[name=name]')).type(person.name);
  await (await admin.find(`input[name=role][value=${person.role}]`)).click();
  await (await admin.find('input[name=name]')).press('Enter');
  await admin.page.waitForFunction(`/It works once, for 72 hours/.test(deepText(document.body))`, {
    polling: 50,
    timeout: 10_000,
  });
  return (await admin.find('textarea#secret')).evaluate((e) => (e as HTMLTextAreaElement).value);
}
