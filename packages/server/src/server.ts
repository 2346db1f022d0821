import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type ServerConfig, loadConfig } from './config.js';
import { type Connection, connect } from './db/connect.js';
import { type Context, createContext } from './domain/context.js';
import { BlockList } from './domain/blocks.js';
import { SiteList } from './domain/sites.js';
import { buildApp } from './http/app.js';
import { pruneIdempotency } from './http/idempotency.js';
import { backfillEmailKeys } from './domain/petitions.js';
import { applyRetention } from './domain/retention.js';
import { redactOutbox } from './mail/outbox.js';
import { pruneMailLimits } from './mail/limits.js';
import { LiveHub } from './live/hub.js';
import { LiveBus } from './live/bus.js';
import { DatabaseSlots, LocalSlots } from './live/slots.js';
import { JobQueue } from './jobs/queue.js';
import { databaseRateStore } from './http/rate-store.js';
import { createTransact } from './db/batch.js';
import { createMailService } from './mail/mailer.js';
import { Hasher, randomToken } from './security/hash.js';
import { isEmpty, seed } from './seed.js';
import { mailingsForEndedPetitions, runMailing } from './domain/signer-updates.js';
import { forgetReplySubscriptions, runReplyDigest } from './domain/reply-mail.js';
import { forgetExpiredTokens } from './auth/identity.js';
import { forgetExpiredChallenges } from './security/challenge.js';

export interface CivicServer {
  app: FastifyInstance;
  ctx: Context;
  connection: Connection;
  config: ServerConfig;
  /** The durable job queue (mail, housekeeping), shared with every instance on the database. */
  queue: JobQueue;
  /** This process among the instances on the database (it names their rows in shared tables). */
  instance: string;
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
  const instance = randomToken(9);
  const hub = new LiveHub();
  const hasher = new Hasher(secret);
  // The app's logger is created with the app; the context logs through it once built.
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined } as Context['log'];
  const log: Context['log'] = {
    info: (o, m) => ctx.log.info(o, m),
    warn: (o, m) => ctx.log.warn(o, m),
    error: (o, m) => ctx.log.error(o, m),
  };
  const transact = createTransact(connection.db, connection.dialect);
  // Live events are numbered by the database and reach every instance (see live/bus.ts).
  const bus = new LiveBus(hub, {
    db: connection.db,
    dialect: connection.dialect,
    transact,
    databaseUrl: config.databaseUrl,
    log: () => ctx.log,
  });
  const queue = new JobQueue({
    db: connection.db,
    dialect: connection.dialect,
    instance,
    log: () => ctx.log,
    pollMs: config.jobs.pollMs,
    retryBaseMs: config.jobs.retryBaseMs,
  });
  // What instances on one PostgreSQL share: rate limits (or in Redis), and live streams per network.
  const postgres = connection.dialect === 'postgres';
  // Redis out of reach does not take the API down with it: requests then go unlimited (and it is logged).
  const redis = config.redisUrl
    ? new (await import('ioredis')).Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    : null;
  redis?.on('error', (error: unknown) => ctx.log.warn({ err: error }, 'rate limits: Redis unreachable'));
  const rateLimit = redis ? { redis, skipOnError: true } : postgres ? { store: databaseRateStore(connection.db) } : undefined;
  const streamSlots = postgres ? new DatabaseSlots(connection.db, connection.dialect, instance) : new LocalSlots();
  const sites = new SiteList(() => ctx);
  const blocks = new BlockList(() => ctx);
  // A site allowed or a participant blocked on one instance applies on all of them at once.
  for (const [name, cache] of [
    ['sites', sites],
    ['blocks', blocks],
  ] as const) {
    const forget = cache.invalidate.bind(cache);
    bus.onInvalidate(name, forget);
    cache.invalidate = () => {
      forget();
      bus.invalidateEverywhere(name);
    };
  }
  const ctx: Context = createContext(
    {
      db: connection.db,
      dialect: connection.dialect,
      hub,
      log: quiet,
      publicUrl: config.publicUrl,
      allowedOrigins: config.allowedOrigins,
      sites,
      blocks,
      now: () => new Date(),
      keyedToken: (value) => hasher.token(value),
      emailKey: (address) => hasher.email(address),
      signing: config.signing,
      retention: config.retention,
      replyMail: config.replyMail,
      agency: config.agency,
    },
    transact,
    createMailService(connection.db, log, config.smtpUrl, config.mailFrom, {
      logLinks: config.logMailLinks,
      queue,
      maxAttempts: config.jobs.mailAttempts,
    }),
  );
  // Handlers still running when shutdown starts finish before the database closes.
  const activity = { running: 0 };
  const app = await buildApp({
    config,
    ctx,
    hasher,
    version: VERSION,
    activity,
    shared: { rateLimit, streamSlots },
  });
  ctx.log = app.log;
  if (config.seedOnFirstStart && (await isEmpty(ctx))) {
    const report = await seed(ctx, JSON.parse(readFileSync(SAMPLE_SEED, 'utf8')));
    app.log.info({ created: report.created }, 'seeded sample content');
  }
  // Signatures written before 0004 get their keyed canonical address (it needs CIVIC_SECRET).
  await backfillEmailKeys(ctx.db, ctx.emailKey, app.log);
  const housekeeping = async () => {
    await pruneIdempotency(ctx.db);
    await forgetExpiredTokens(ctx);
    await forgetExpiredChallenges(ctx);
    await redactOutbox(ctx, config.outboxRetentionMs);
    await pruneMailLimits(
      ctx.db,
      { intervalMs: config.signing.mailIntervalMs, perDay: config.signing.mailsPerDay },
      ctx.now().getTime(),
    );
  };
  await housekeeping();
  // Hourly, by one instance among all: the job's key is the hour, so only the first to queue it counts.
  queue.handle('signer-updates', (job) => runMailing(ctx, config.signing, job));
  queue.handle('reply-digest', (job) => runReplyDigest(ctx, job));
  queue.handle('housekeeping', async () => {
    await housekeeping();
    await mailingsForEndedPetitions(ctx);
    // Not at start-up: a first run with much to remove would hold up the start.
    await applyRetention(ctx);
    await forgetReplySubscriptions(ctx);
    await bus.prune();
    await JobQueue.prune(ctx.db, 7 * 86_400_000);
  });
  const hourly = () =>
    void JobQueue.enqueue(ctx.db, {
      kind: 'housekeeping',
      key: `housekeeping:${Math.floor(Date.now() / 3_600_000)}`,
      payload: null,
      maxAttempts: 3,
    })
      .then(() => queue.wake())
      .catch((error: unknown) => ctx.log.error({ err: error }, 'housekeeping not queued'));
  const prune = setInterval(hourly, 600_000);
  prune.unref();
  await bus.start();
  queue.start();

  let closed = false;
  return {
    app,
    ctx,
    connection,
    config,
    queue,
    instance,
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
      await queue.stop();
      await bus.close();
      await streamSlots.close();
      await redis?.quit().catch(() => undefined);
      await connection.close();
    },
  };
}
