import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type ServerConfig, loadConfig } from './config.js';
import { type Connection, connect } from './db/connect.js';
import { type Context, createContext } from './domain/context.js';
import { SiteList } from './domain/sites.js';
import { buildApp } from './http/app.js';
import { pruneIdempotency } from './http/idempotency.js';
import { backfillEmailKeys } from './domain/petitions.js';
import { redactOutbox } from './mail/outbox.js';
import { pruneMailLimits } from './mail/limits.js';
import { LiveHub } from './live/hub.js';
import { createTransact } from './db/batch.js';
import { createMailService } from './mail/mailer.js';
import { Hasher, randomToken } from './security/hash.js';
import { isEmpty, seed } from './seed.js';

export interface CivicServer {
  app: FastifyInstance;
  ctx: Context;
  connection: Connection;
  config: ServerConfig;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const SAMPLE_SEED = new URL('../seed/sample.json', import.meta.url);

/** The HMAC key: CIVIC_SECRET, or one generated on first start and kept in the database. */
async function resolveSecret(connection: Connection, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const db = connection.db;
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'secret').executeTakeFirst();
  if (row) return row.value;
  await db
    .insertInto('settings')
    .values({ key: 'secret', value: randomToken(32) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await db.selectFrom('settings').select('value').where('key', '=', 'secret').executeTakeFirstOrThrow()).value;
}

/** Opens the database, runs migrations, seeds sample content on first start, and builds the HTTP app. */
export async function createServer(
  overrides: Partial<ServerConfig> = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<CivicServer> {
  const config = loadConfig(env, overrides);
  const connection = await connect(config.databaseUrl);
  const secret = await resolveSecret(connection, config.secret);
  const hub = new LiveHub();
  const hasher = new Hasher(secret);
  // The app's logger is created with the app; the context logs through it once built.
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined } as Context['log'];
  const log: Context['log'] = {
    info: (o, m) => ctx.log.info(o, m),
    warn: (o, m) => ctx.log.warn(o, m),
    error: (o, m) => ctx.log.error(o, m),
  };
  const ctx: Context = createContext(
    {
      db: connection.db,
      dialect: connection.dialect,
      hub,
      log: quiet,
      publicUrl: config.publicUrl,
      allowedOrigins: config.allowedOrigins,
      sites: new SiteList(() => ctx),
      now: () => new Date(),
      keyedToken: (value) => hasher.token(value),
      emailKey: (address) => hasher.email(address),
      signing: config.signing,
      agency: config.agency,
    },
    createTransact(connection.db, connection.dialect),
    createMailService(connection.db, log, config.smtpUrl, config.mailFrom, { logLinks: config.logMailLinks }),
  );
  // Handlers still running when shutdown starts finish before the database closes.
  const activity = { running: 0 };
  const app = await buildApp({ config, ctx, hasher, version: VERSION, activity });
  ctx.log = app.log;
  if (config.seedOnFirstStart && (await isEmpty(ctx))) {
    const report = await seed(ctx, JSON.parse(readFileSync(SAMPLE_SEED, 'utf8')));
    app.log.info({ created: report.created }, 'seeded sample content');
  }
  // Signatures written before 0004 get their keyed canonical address (it needs CIVIC_SECRET).
  await backfillEmailKeys(ctx.db, ctx.emailKey, app.log);
  const housekeeping = async () => {
    await pruneIdempotency(ctx.db);
    await redactOutbox(ctx, config.outboxRetentionMs);
    await pruneMailLimits(
      ctx.db,
      { intervalMs: config.signing.mailIntervalMs, perDay: config.signing.mailsPerDay },
      ctx.now().getTime(),
    );
  };
  await housekeeping();
  const prune = setInterval(
    () => void housekeeping().catch((error: unknown) => ctx.log.error({ err: error }, 'housekeeping failed')),
    3_600_000,
  );
  prune.unref();

  let closed = false;
  return {
    app,
    ctx,
    connection,
    config,
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      return `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(prune);
      await app.close();
      for (let waited = 0; activity.running > 0 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      await connection.close();
    },
  };
}
