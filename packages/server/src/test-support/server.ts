import { DEFAULT_CHALLENGE_RULES } from '../security/challenge.js';
import { RestAdapter, type RestAdapterOptions, type Seed } from '@civic-widgets/core';
import type { ConformanceHarness } from '@civic-widgets/core/testing';
import { connect } from '../db/connect.js';
import { seed } from '../seed.js';
import type { ServerConfig } from '../config.js';
import { type CivicServer, createServer } from '../server.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789-abcdefghij';

/** The database URL tests run against: SQLite in memory, or PostgreSQL when CIVIC_TEST_DATABASE_URL is set. */
export function testDatabaseUrls(): { name: string; url: string }[] {
  const pg = process.env['CIVIC_TEST_DATABASE_URL'];
  return [{ name: 'SQLite', url: 'sqlite::memory:' }, ...(pg ? [{ name: 'PostgreSQL', url: pg }] : [])];
}

/** Empties a PostgreSQL test database so each test starts from nothing (tables, functions, triggers). */
export async function resetPostgres(url: string): Promise<void> {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

export interface TestServer extends CivicServer {
  base: string;
  api: string;
  /** The confirmation token last e-mailed to `email`, read from the outbox before it is redacted. */
  lastConfirmToken(email: string): Promise<string | null>;
}

/** A real server on a free port with a fresh database, optionally seeded. */
export async function startTestServer(
  databaseUrl: string,
  content?: Seed,
  env: Record<string, string> = {},
  /** Settings no environment variable gives (a fixed port, test-only switches). */
  overrides: Partial<ServerConfig> = {},
): Promise<TestServer> {
  if (databaseUrl.startsWith('postgres')) await resetPostgres(databaseUrl);
  const server = await createServer(
    {
      databaseUrl,
      port: 0,
      host: '127.0.0.1',
      seedOnFirstStart: false,
      logLevel: 'silent',
      adminToken: ADMIN_TOKEN,
      rateLimit: { reads: 1_000_000, writes: 1_000_000, participantWrites: 1_000_000 },
      heartbeatSeconds: 1,
      // Tests write from few networks; challenge.test.ts turns the flood challenge on.
      challenge: { ...DEFAULT_CHALLENGE_RULES, threshold: Infinity },
      // Tests act from several networks through X-Forwarded-For (see networkOf).
      trustProxy: true,
      ...overrides,
    },
    env,
  );
  if (content) await seed(server.ctx, content);
  const base = await server.listen();
  return {
    ...server,
    base,
    api: `${base}/api/v1`,
    async lastConfirmToken(email) {
      const row = await server.ctx.db
        .selectFrom('outbox')
        .select('link')
        .where('to_addr', '=', email.toLowerCase())
        .where('link', 'is not', null)
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return row?.link?.match(/\/confirm\/([A-Za-z0-9_-]+)$/)?.[1] ?? null;
    },
  };
}

/**
 * Signs a petition as the widget does, as participant `who` from a network of
 * their own (see networkOf). `body` is the signature (name, email…, consent
 * given unless it says otherwise).
 */
export function signAs(
  server: TestServer,
  petitionId: string,
  who: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${server.api}/petitions/${petitionId}/signatures`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-civic-voter': `voter-${who}`.padEnd(24, '0'),
      'x-forwarded-for': networkOf(who),
      ...headers,
    },
    body: JSON.stringify({ consent: true, ...body }),
  });
}

/**
 * A network address of its own for each participant name (in a benchmark-only
 * range, sent only as `X-Forwarded-For` to the local test server): rules that
 * count networks, such as the report threshold, see distinct people.
 */
export function networkOf(name: string): string {
  let hash = 0;
  for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) % 512;
  return `198.${18 + (hash >> 8)}.${hash & 255}.1`;
}

/** A participant of the test server: a RestAdapter with a stable token and network per name. */
export function participant(
  server: TestServer,
  name: string,
  /** Other settings of the adapter (a captcha solver, say). */
  options: Partial<RestAdapterOptions> = {},
): RestAdapter {
  const from = networkOf(name);
  return new RestAdapter({
    endpoint: server.api,
    voterToken: `participant-${name}`.padEnd(24, '0'),
    retryDelayMs: 1,
    ...options,
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), 'x-forwarded-for': from } }),
  });
}

/** The adapter conformance suite's harness for the real server. */
export function serverHarness(databaseUrl: string): ConformanceHarness {
  return {
    async setup(content) {
      const server = await startTestServer(databaseUrl, content);
      const adapters: RestAdapter[] = [];
      return {
        participant(name) {
          const adapter = participant(server, name);
          adapters.push(adapter);
          return adapter;
        },
        async confirmSignature(_petitionId, email) {
          const token = await server.lastConfirmToken(email);
          if (!token) throw new Error(`no confirmation e-mail for ${email}`);
          // Opening the link only shows the page; its button posts to the same URL.
          const res = await fetch(`${server.api}/confirm/${token}`, { method: 'POST' });
          if (!res.ok) throw new Error(`confirmation failed: HTTP ${res.status}`);
        },
        async teardown() {
          for (const a of adapters) a.close();
          await server.close();
        },
      };
    },
  };
}

export { connect };
