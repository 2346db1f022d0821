import assert from 'node:assert/strict';
import type { LiveEvent } from '@civic-widgets/core';
import type { Role } from '../auth/roles.js';
import { ADMIN_TOKEN, type TestServer } from './server.js';

/*
 * Staff for tests of the console's endpoints: a member of a given role,
 * invited with the break-glass token, who signs in and then acts like the
 * console's pages (session cookie, CSRF token, the server's own origin).
 */

const PASSWORD = 'a long enough passphrase';
let invited = 0;

export class StaffMember {
  cookie = '';
  csrf = '';
  constructor(
    private readonly server: TestServer,
    readonly email: string,
  ) {}

  call(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.server.api}/admin${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(method !== 'GET' ? { 'x-csrf-token': this.csrf, origin: this.server.config.publicUrl } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  }

  /** Calls and expects `status`; returns the parsed JSON answer. */
  async json<T>(method: string, path: string, body?: unknown, status = 200): Promise<T> {
    const res = await this.call(method, path, body);
    const text = await res.text();
    assert.equal(res.status, status, `${method} ${path}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** The break-glass token (acts as an admin, with no session: unaffected by tests that move the clock). */
export function asAdmin(server: TestServer, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.api}/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

/** A signed-in staff member with `role`. */
export async function signedIn(server: TestServer, role: Role): Promise<StaffMember> {
  const email = `${role}-${++invited}@council.example`;
  const res = await asAdmin(server, 'POST', '/staff', { email, role });
  assert.equal(res.status, 201, await res.clone().text());
  const { setupLink } = (await res.json()) as { setupLink: string };
  const setup = await asAdmin(server, 'POST', '/setup', { token: setupLink.split('#setup=')[1], password: PASSWORD });
  assert.equal(setup.status, 200);
  const member = new StaffMember(server, email);
  const session = await member.call('POST', '/session', { email, password: PASSWORD });
  assert.equal(session.status, 200);
  member.cookie = session.headers.get('set-cookie')!.split(';')[0]!;
  member.csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
  return member;
}

/** A citizen's request to the public API, as a participant token from a network. */
export function citizen(
  server: TestServer,
  who: { token: string; network: string },
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${server.api}${path}`, {
    method,
    headers: {
      'x-civic-voter': who.token.padEnd(24, '0'),
      'x-forwarded-for': who.network,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

/** Runs `work` with the server's clock at `ms` (then restores it): rows get known times. */
export async function at<T>(server: TestServer, ms: number, work: () => Promise<T>): Promise<T> {
  const real = server.ctx.now;
  server.ctx.now = () => new Date(ms);
  try {
    return await work();
  } finally {
    server.ctx.now = real;
  }
}

/**
 * The public live stream for `topics`, as a widget reads it: `next(match)`
 * resolves with the first event matching `match` that arrives after it is
 * called or is already waiting. Opened once the server has subscribed it.
 */
export async function liveStream(
  server: TestServer,
  topics: string[],
): Promise<{ next(match: (event: LiveEvent) => boolean): Promise<LiveEvent>; close(): void }> {
  const abort = new AbortController();
  // Should the event never come, the test fails (rather than waits forever on heartbeats).
  const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(20_000)]);
  const res = await fetch(`${server.api}/stream?topics=${topics.join(',')}`, { signal });
  assert.equal(res.status, 200);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const waiting: LiveEvent[] = [];
  let buffer = '';
  // The first frame (`retry:`) is written once the stream is subscribed.
  while (!buffer.includes('\n\n')) buffer += (await reader.read()).value ?? '';
  return {
    async next(match) {
      for (;;) {
        const found = waiting.findIndex(match);
        if (found >= 0) return waiting.splice(found, 1)[0]!;
        const frames = buffer.split('\n\n');
        buffer = frames.pop() ?? '';
        for (const frame of frames) {
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (data) waiting.push(JSON.parse(data.slice(6)) as LiveEvent);
        }
        if (waiting.some(match)) continue;
        const { value, done } = await reader.read();
        assert.ok(!done, 'the stream ended before the event came');
        buffer += value;
      }
    },
    close: () => abort.abort(),
  };
}
