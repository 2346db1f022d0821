import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { parseResponse } from '@civic-widgets/core';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { existsSync } from 'node:fs';
import type { ServerConfig } from '../config.js';
import type { Context } from '../domain/context.js';
import type { Hasher } from '../security/hash.js';
import { adminRoutes } from './admin-routes.js';
import { confirmRoutes } from './confirm-routes.js';
import { type Outcome, idempotencyKey, idempotent, routeOf } from './idempotency.js';
import { createWriteQueue } from './write-queue.js';
import { openApiDocument } from './openapi.js';
import { compressAnswer } from './compress.js';
import { checkParams } from './params.js';
import { actorOf } from './participant.js';
import { IdentityVerifier } from '../auth/identity.js';
import { ChallengeGate } from '../security/challenge.js';
import { CaptchaVerifier } from '../security/captcha.js';
import { problem, problemFor, sendProblem } from './problems.js';
import { type BatchedRequest, publicRoutes } from './public-routes.js';
import { streamRoute } from './stream.js';
import { LocalSlots, type StreamSlots } from '../live/slots.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/** Largest JSON body accepted (a comment of 20 000 characters fits). */
export const BODY_LIMIT = 96 * 1024;

export interface AppOptions {
  config: ServerConfig;
  ctx: Context;
  hasher: Hasher;
  version: string;
  /** API handlers running now, whether or not their client is still there (see server.close()). */
  activity?: { running: number };
  /**
   * What several instances share (see server.ts): where rate limits count
   * (@fastify/rate-limit's `redis` or `store` option; in memory without) and
   * where live streams per network are counted.
   */
  shared?: { rateLimit?: Record<string, unknown>; streamSlots?: StreamSlots };
}

/** The HTTP server: public API, admin API, live stream, confirmation page, bundles and demo. */
export async function buildApp({ config, ctx, hasher, version, activity, shared }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers["x-civic-voter"]', 'req.headers.cookie'],
    },
    bodyLimit: BODY_LIMIT,
    ...connectionTimeouts(config.requestTimeoutSeconds),
    trustProxy: config.trustProxy,
    // Ids in URLs are short; anything longer is not ours.
    routerOptions: { maxParamLength: 128 },
    // One line per request is noise at scale; errors are still logged, and debug shows requests.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
  });

  // A handler keeps running when its client goes away; count handlers to their
  // end so that shutting down can wait for them before closing the database.
  if (activity) {
    app.addHook('onRoute', (route) => {
      if (!route.url?.startsWith('/api/')) return;
      const handler = route.handler as (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) => unknown;
      route.handler = async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
        activity.running++;
        try {
          return await handler.call(this, request, reply);
        } finally {
          activity.running--;
        }
      };
    });
  }

  // JSON only: any other body type is refused with 415 rather than half-parsed.
  app.removeContentTypeParser(['text/plain']);

  // Only configured origins count, never the Host header: under DNS rebinding an attacker's
  // name points at this server, and its pages send their own name in both Host and Origin.
  const ownOrigin = new URL(config.publicUrl).origin;
  const isLoopbackSelf = (origin: string) => {
    if (!config.acceptLoopbackOrigins) return false;
    // Without CIVIC_PUBLIC_URL (npm start) the server's own pages are at localhost or 127.0.0.1;
    // only a page loaded from this machine, on this port, has such an origin.
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return LOOPBACK_HOSTS.some((host) => origin === new URL(`http://${host}:${port}`).origin);
  };
  const isOwnOrigin = (origin: string) => origin === ownOrigin || isLoopbackSelf(origin);
  const isAllowed = (origin: string) => isOwnOrigin(origin) || config.allowedOrigins.includes(origin);

  // Limits count per client network (IPv4 /24, IPv6 /48), keyed by an HMAC.
  const networkOf = (request: FastifyRequest) => hasher.ip(request.ip) ?? 'unknown';
  // Proof-of-work challenges for floods (see security/challenge.ts).
  const gate = new ChallengeGate(
    config.challenge,
    hasher.token('challenge-signing'),
    config.captcha ? new CaptchaVerifier(config.captcha) : null,
  );
  app.setErrorHandler(async (error, request, reply) => {
    const p = problemFor(error, request);
    if (p.code === 'challenge-required') {
      // A resource that always asks (or a solution refused): a fresh challenge, its work counted from the first write.
      const now = Date.now();
      p['challenge'] = await gate.issue(gate.doublings(networkOf(request), now, true) ?? 0, now);
    }
    if (p.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, p);
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    return payload;
  });
  // JSON answers and pages travel compressed to clients that accept it (never the event stream).
  app.addHook('onSend', compressAnswer);

  await app.register(rateLimit, { global: false, keyGenerator: networkOf, ...shared?.rateLimit });
  // Unknown paths count as reads: probing them in a loop costs the server like any other request.
  app.setNotFoundHandler({ preHandler: app.rateLimit({ max: config.rateLimit.reads, timeWindow: 60_000 }) }, (request, reply) =>
    sendProblem(reply, problem('not-found', `Nothing at ${request.url.split('?')[0]}`)),
  );

  // ------------------------------------------------------------ public API
  await app.register(
    async (api) => {
      await api.register(cors, {
        // Any page may read (the answers carry no credentials); writes are checked by origin below.
        origin: true,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowedHeaders: [
          'content-type',
          'x-civic-voter',
          'x-civic-identity',
          'x-civic-challenge',
          'idempotency-key',
          'last-event-id',
          'authorization',
        ],
        exposedHeaders: ['retry-after', 'idempotent-replayed'],
        credentials: false,
        maxAge: 600,
      });
      // State-changing requests from browsers on origins that are not allowed are refused. (Not the one-click
      // unsubscribe of update and reply mails: a mail provider posts it from anywhere, and its secret URL can only stop mail.)
      api.addHook('onRequest', async (request, reply) => {
        if (
          SAFE_METHODS.has(request.method) ||
          request.url.startsWith('/api/v1/admin') ||
          request.url.startsWith('/api/v1/updates/') ||
          request.url.startsWith('/api/v1/replies/stop/')
        )
          return;
        const origin = request.headers.origin;
        if (origin !== undefined && !isAllowed(origin) && !(await ctx.sites.allows(origin))) {
          await ctx.sites.refused(origin);
          return sendProblem(
            reply,
            problem(
              'unauthorised',
              `Origin ${origin} may not change data here: an administrator can allow it under Sites in the console (or CIVIC_ALLOWED_ORIGINS)`,
              {},
              403,
            ),
          );
        }
      });

      api.get('/openapi.json', async () => openApiDocument(version));
      api.get('/health', async () => ({ status: 'ok', version }));

      // Identity tokens of verified participants, when the agency's site issues them (CIVIC_IDENTITY_*).
      const identities = config.identity && new IdentityVerifier(config.identity, hasher);

      // Writes are also limited per participant, whatever network they come from.
      const participantLimit = api.createRateLimit({
        max: config.rateLimit.participantWrites,
        timeWindow: 60_000,
        // The token's keyed hash, as everywhere else: the limit's store (a table, Redis) never holds the token.
        keyGenerator: (request) => `participant:${hasher.voter(String(request.headers['x-civic-voter'] ?? ''))}`,
      });

      for (const route of publicRoutes) {
        const write = route.method !== 'GET';
        const answer = (result: unknown): Outcome => ({
          status: route.status,
          body: route.response ? parseResponse(route.response, result) : undefined,
        });
        const batched = route.handleMany;
        const queue =
          batched &&
          createWriteQueue<BatchedRequest>(ctx, async (tx, writes) =>
            (
              await batched(
                tx,
                writes.map((w) => w.input),
              )
            ).map((settled) => (settled.ok ? { ok: true, value: answer(settled.value) } : settled)),
          );
        api.route<{ Params: Record<string, string>; Querystring: unknown; Body: unknown }>({
          method: route.method,
          url: route.url,
          config: { rateLimit: { max: write ? config.rateLimit.writes : config.rateLimit.reads, timeWindow: 60_000 } },
          handler: async (request, reply) => {
            checkParams(route, request.params);
            if (write && route.body && request.body === undefined) {
              return sendProblem(reply, problem('invalid-input', 'Send a JSON body', {}, 400));
            }
            const actor = actorOf(request, hasher, write);
            if (write) {
              // Busy networks (and resources that always ask) show a solved challenge first.
              const network = networkOf(request);
              const now = Date.now();
              const needed = gate.doublings(network, now);
              const solution = request.headers['x-civic-challenge'];
              if (typeof solution === 'string') {
                // One doubling of slack: the network's other writes may have raised the price since it was issued.
                await gate.check(ctx, solution, Math.max(0, (needed ?? gate.doublings(network, now, true) ?? 0) - 1), request.ip);
                actor.challenged = true;
              } else if (needed !== null) {
                const challenge = await gate.issue(needed, now);
                return sendProblem(reply, {
                  ...problem('challenge-required', 'Many writes came from this network lately: solve the challenge first'),
                  challenge,
                });
              }
              gate.count(network, now);
              const token = request.headers['x-civic-identity'];
              if (typeof token === 'string' && identities) {
                const key = idempotencyKey(request);
                actor.identity = await identities.verify(ctx, token, `${actor.voter} ${routeOf(request)} ${key ?? randomUUID()}`);
              }
              // Blocked by a moderator (participant or network): 403 before anything is read or written
              // (but a participant may still take back what they gave).
              if (!route.erasure) await ctx.blocks.check(actor);
              const limit = await participantLimit(request);
              if (!limit.isAllowed && limit.isExceeded) {
                return sendProblem(
                  reply,
                  problem('rate-limited', 'Too many actions from this participant; wait a moment', {
                    retryAfter: limit.ttlInSeconds,
                  }),
                );
              }
            }
            // Answers depend on the participant: never cache them in shared caches.
            reply.header('cache-control', 'private, no-store');
            if (queue) {
              const key = idempotencyKey(request);
              const claim = key === undefined ? undefined : { voter: actor.voter, key, route: routeOf(request) };
              const input = { actor, params: request.params, input: request.body };
              const { outcome, replayed } = await queue.submit({ actor, input, claim });
              if (replayed) reply.header('idempotent-replayed', 'true');
              return reply.code(outcome.status).send(outcome.body);
            }
            const handle = route.handle!;
            const run = async (scope: Context) =>
              answer(await handle(scope, actor, request.params, write ? request.body : request.query));
            if (!write) {
              const { status, body } = await run(ctx);
              return reply.code(status).send(body);
            }
            const body = await idempotent(ctx, request, reply, actor, run);
            return reply.send(body);
          },
        });
      }

      streamRoute(api, ctx.hub, {
        heartbeatSeconds: config.heartbeatSeconds,
        maxPerNetwork: config.streamMaxPerNetwork,
        maxTotal: config.streamMaxTotal,
        opensPerMinute: config.rateLimit.reads,
        networkOf,
        slots: shared?.streamSlots ?? new LocalSlots(),
      });

      await api.register(async (scope) => confirmRoutes(scope, { ctx, config, isAllowed, isOwnOrigin }));

      await api.register(
        async (admin) =>
          adminRoutes(admin, ctx, {
            adminToken: config.adminToken,
            networkOf,
            isOwnOrigin,
            sessionPolicy: config.session,
            publicUrl: config.publicUrl,
            oidc: config.oidc,
          }),
        { prefix: '/admin' },
      );
    },
    { prefix: '/api/v1' },
  );

  // --------------------------------------------------------- bundles, demo
  if (config.cdnDir && existsSync(config.cdnDir)) {
    await app.register(fastifyStatic, {
      root: config.cdnDir,
      prefix: '/cdn/',
      decorateReply: false,
      // The build writes .br and .gz beside each bundle; they are sent as they are.
      preCompressed: true,
      setHeaders: (res, path) => {
        // Module scripts are fetched in CORS mode: any page may embed the widgets.
        res.header('access-control-allow-origin', '*');
        res.header('cross-origin-resource-policy', 'cross-origin');
        res.header(
          'cache-control',
          // Hashed chunks never change; the entry files keep their names across versions.
          /-[A-Za-z0-9_-]{8}\.js(\.br|\.gz)?$/.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
        );
      },
    });
  }
  if (config.consoleDir && existsSync(config.consoleDir)) await consolePages(app, config.consoleDir);
  if (config.demoDir && existsSync(config.demoDir)) {
    // The demo build writes .br and .gz beside each page, as the bundle build does.
    await app.register(fastifyStatic, {
      root: config.demoDir,
      prefix: '/',
      decorateReply: false,
      index: ['index.html'],
      preCompressed: true,
    });
  }

  return app;
}

/**
 * How long a client may take to send a request: all of it within the request
 * timeout, its headers within 10 s (or the request timeout if shorter), so a
 * client that trickles bytes cannot hold a connection open. These measure
 * receiving the request only: a live stream, once its request is in, is not cut.
 * Idle keep-alive connections close after 72 s (longer than the 60 s idle
 * timeout of common proxies, so the server is not the one to close first).
 */
export function connectionTimeouts(requestTimeoutSeconds: number) {
  const requestTimeout = Math.max(1, Math.round(requestTimeoutSeconds * 1000));
  return {
    requestTimeout,
    keepAliveTimeout: 72_000,
    http: {
      headersTimeout: Math.min(10_000, requestTimeout),
      requestTimeout,
      // Node checks for late requests at this interval (30 s by default, so a 1 s timeout could take 31 s).
      connectionsCheckingInterval: Math.min(5_000, Math.max(100, Math.round(requestTimeout / 4))),
    },
  };
}

/**
 * The staff console at /admin/: its own strict policy (scripts and styles only
 * from this server, no framing, lit's Trusted Types policy only), never cached
 * by shared caches, and hashed chunks cached for good.
 */
async function consolePages(app: FastifyInstance, root: string): Promise<void> {
  app.get('/admin', (_request, reply) => reply.redirect('/admin/', 301));
  await app.register(fastifyStatic, {
    root,
    prefix: '/admin/',
    decorateReply: false,
    index: ['index.html'],
    preCompressed: true,
    setHeaders: (res, path) => {
      res.header(
        'content-security-policy',
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; " +
          "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
      );
      res.header('x-frame-options', 'DENY');
      res.header(
        'cache-control',
        /-[A-Za-z0-9_-]{8}\.js(\.br|\.gz)?$/.test(path) ? 'private, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
