/*
 * Helpers for console tests that reach into shadow roots, and citizens acting
 * through the public API from Node (each with a participant token and, sent
 * as X-Forwarded-For to the local test server, a network of their own).
 */
import assert from 'node:assert/strict';
import type { ElementHandle } from 'puppeteer-core';
import type { ConsoleHarness, ConsolePage } from './console.js';

/**
 * Deep helpers in the page, as strings (a function would carry the test compiler's helpers).
 * `deepAll('civic-poll >>> button')` finds buttons inside a <civic-poll>'s shadow root, at any depth.
 */
const DEEP_ALL = `window.deepAll = function deepAll(selector, root = document) {
  const [first, ...rest] = selector.split(' >>> ');
  const found = [];
  (function walk(node) {
    found.push(...node.querySelectorAll(first));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  })(root);
  if (!rest.length) return found;
  return found.flatMap((host) => (host.shadowRoot ? deepAll(rest.join(' >>> '), host.shadowRoot) : []));
};
window.deepActive = function deepActive() {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a;
};`;

export async function deepHelpers(p: ConsolePage): Promise<void> {
  await p.page.evaluateOnNewDocument(DEEP_ALL);
  await p.page.evaluate(DEEP_ALL);
}

/** The first element matching `selector` (see `deepAll`) whose text contains `text`. */
export async function byText(p: ConsolePage, selector: string, text = '', timeout = 10_000): Promise<ElementHandle<Element>> {
  const expression = `deepAll(${JSON.stringify(selector)}).find((el) => el.textContent.includes(${JSON.stringify(text)})) || null`;
  await p.page.waitForFunction(expression, { polling: 50, timeout });
  return (await p.page.evaluateHandle(expression)) as ElementHandle<Element>;
}

/** The first element matching `selector` (see `deepAll`). */
export const q = (p: ConsolePage, selector: string) => byText(p, selector);

/** Text of the first element matching a selector (see `deepAll`), through shadow roots. */
export async function textOf(p: ConsolePage, selector: string): Promise<string> {
  await q(p, selector);
  return p.page.evaluate(`deepText(deepAll(${JSON.stringify(selector)})[0]).replace(/\\s+/g, ' ').trim()`) as Promise<string>;
}

/** Waits until the text of the first element matching `selector` matches. */
export async function waitForText(p: ConsolePage, selector: string, pattern: RegExp, timeout = 10_000): Promise<void> {
  await q(p, selector);
  await p.page.waitForFunction(
    `${pattern.toString()}.test(deepText(deepAll(${JSON.stringify(selector)})[0]).replace(/\\s+/g, ' '))`,
    { polling: 50, timeout },
  );
}

/** The number of elements matching `selector` (see `deepAll`). */
export function count(p: ConsolePage, selector: string): Promise<number> {
  return p.page.evaluate(`deepAll(${JSON.stringify(selector)}).length`) as Promise<number>;
}

/** Replaces a field's text by typing, as a person would. */
export async function typeInto(p: ConsolePage, selector: string, text: string): Promise<void> {
  const field = await q(p, selector);
  await field.click({ count: 3 });
  await p.page.keyboard.press('Backspace');
  await p.page.keyboard.type(text);
}

/** The focused element (through shadow roots): its id, tag and text. */
export function focused(p: ConsolePage): Promise<{ id: string; tag: string; text: string }> {
  return p.page.evaluate(
    `(() => { const a = deepActive(); return { id: a ? a.id : '', tag: a ? a.tagName : '', text: a ? a.textContent.replace(/\\s+/g, ' ').trim() : '' }; })()`,
  ) as Promise<{ id: string; tag: string; text: string }>;
}

export async function waitForFocus(
  p: ConsolePage,
  test: (f: { id: string; tag: string; text: string }) => boolean,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await focused(p);
    if (test(now)) return;
    if (Date.now() > deadline) assert.fail(`focus is on ${JSON.stringify(now)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Checks what must hold on every console page: axe finds nothing, no CSP or page error, no text ran as HTML. */
export async function clean(p: ConsolePage, state: string): Promise<void> {
  assert.deepEqual(await p.axe(), [], `axe: ${state}`);
  assert.deepEqual(p.problems, [], `no page error or CSP violation: ${state}`);
  assert.equal(await p.page.evaluate('window.__pwned'), undefined, `no text ran as HTML: ${state}`);
}

/** A citizen of the public API: a participant token and a network of their own. */
export interface Citizen {
  voter: string;
  network: string;
  post(path: string, body?: unknown, method?: string): Promise<Response>;
}

let citizens = 0;

export function citizen(h: ConsoleHarness, name: string): Citizen {
  const n = ++citizens;
  const voter = `citizen-${name}-${n}`.replace(/[^A-Za-z0-9_-]/g, '-').padEnd(20, '0');
  const network = `198.18.${n % 250}.${1 + (n % 200)}`;
  return {
    voter,
    network,
    post: (path, body, method = 'POST') =>
      fetch(`${h.base}/api/v1${path}`, {
        method,
        headers: {
          'x-civic-voter': voter,
          'x-forwarded-for': network,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }),
  };
}

/** Confirms every signature waiting for `email` (the link from the outbox, posted as the confirmation page does). */
export async function confirmSignature(h: ConsoleHarness, email: string): Promise<void> {
  const row = await h.server.ctx.db
    .selectFrom('outbox')
    .select('link')
    .where('to_addr', '=', email.toLowerCase())
    .where('link', 'is not', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const token = row?.link?.match(/\/confirm\/([A-Za-z0-9_-]+)$/)?.[1];
  assert.ok(token, `a confirmation link was sent to ${email}`);
  const res = await fetch(`${h.base}/api/v1/confirm/${token}`, { method: 'POST' });
  assert.equal(res.status, 200, `confirmed ${email}`);
}
