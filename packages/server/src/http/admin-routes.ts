import cookie from '@fastify/cookie';
import { UnauthorisedError, parseInput } from '@civic-widgets/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import type { OidcConfig } from '../auth/oidc-config.js';
import { can } from '../auth/roles.js';
import { recordAudit } from '../domain/audit.js';
import type { Context } from '../domain/context.js';
import {
  type Principal,
  type SessionPolicy,
  closeSession,
  openSession,
  sessionPrincipal,
  tokenPrincipal,
  TOKEN_PREFIX,
} from '../domain/sessions.js';
import { readStaff, staffView, verifySignIn } from '../domain/staff.js';
import { safeEqual } from '../security/hash.js';
import type { AdminInput, AdminLinks, AdminRoute } from './admin-api.js';
import { allAdminRoutes } from './admin-table.js';
import { oidcHandlers } from './oidc-routes.js';
import { checkParams } from './params.js';
import { problem, sendProblem } from './problems.js';

/** Failed admin authentications a client network may make per window; then it gets 429 until the window ends. */
export const ADMIN_FAILURES = { max: 10, windowMs: 10 * 60_000 };
/** The console's session cookie: sent only to the admin API, never readable by scripts. */
export const SESSION_COOKIE = 'civic_console';
const COOKIE_PATH = '/api/v1/admin';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AdminOptions {
  /** Break-glass bearer token (CIVIC_ADMIN_TOKEN); acts as an admin. */
  adminToken: string | undefined;
  /** The client's network (keyed hash), for throttling and the audit log. */
  networkOf: (request: FastifyRequest) => string;
  /** Whether an `Origin` is the server's own (console writes must come from its pages). */
  isOwnOrigin: (origin: string) => boolean;
  sessionPolicy: SessionPolicy;
  /** The server's public base URL, for links handed out (password set-up). */
  publicUrl: string;
  /** Single sign-on (CIVIC_OIDC_*), or null when off. */
  oidc?: OidcConfig | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    adminRoute?: AdminRoute;
  }
}

/**
 * /api/v1/admin. Callers prove who they are with the console's session
 * cookie (plus `X-CSRF-Token` and a same-origin request for any change), a
 * personal API token, or the break-glass CIVIC_ADMIN_TOKEN; each route names
 * the permission its caller's role needs. Every change is written to the
 * audit log in the transaction that makes it.
 */
export async function adminRoutes(app: FastifyInstance, ctx: Context, options: AdminOptions): Promise<void> {
  const secure = options.publicUrl.startsWith('https:');
  const links: AdminLinks = {
    // The token travels in the fragment: it never reaches a server log or a Referer header.
    setup: (token) => `${options.publicUrl}/admin/#setup=${token}`,
  };
  await app.register(cookie);

  // Only failures count, in memory: a network that keeps guessing is stopped, whoever else uses the API.
  const failures = app.createRateLimit({
    max: ADMIN_FAILURES.max,
    timeWindow: ADMIN_FAILURES.windowMs,
    keyGenerator: (request) => `admin-failure:${options.networkOf(request)}`,
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const route = request.routeOptions.config.adminRoute;
    if (route?.permission === 'public') return;
    // Checked before the credentials, so a blocked network cannot go on guessing.
    const seen = await failures(request, { increment: false });
    if (!seen.isAllowed && seen.remaining === 0) {
      return sendProblem(
        reply,
        problem('rate-limited', 'Too many failed admin authentications from this network; wait before trying again', {
          retryAfter: seen.ttlInSeconds,
        }),
      );
    }
    const who = await principalOf(request);
    if (!who) {
      // A wrong bearer token is a guess; a missing or expired session cookie is not.
      if (request.headers.authorization) await failures(request);
      reply.header('www-authenticate', 'Bearer');
      return sendProblem(reply, problem('unauthorised', 'Sign in, or send a valid API token', {}, 401));
    }
    if (who.kind === 'session' && !SAFE.has(request.method)) {
      const csrf = request.headers['x-csrf-token'];
      const origin = request.headers.origin;
      const site = request.headers['sec-fetch-site'];
      if (
        typeof csrf !== 'string' ||
        !safeEqual(csrf, who.csrf ?? '') ||
        (origin !== undefined && !options.isOwnOrigin(origin)) ||
        (site !== undefined && site !== 'same-origin')
      )
        return sendProblem(reply, problem('unauthorised', 'This change must come from the console itself (CSRF check)', {}, 403));
    }
    if (route && !can(who.role, route.permission))
      return sendProblem(reply, problem('unauthorised', `Your role (${who.role}) does not allow this`, {}, 403));
    request.principal = who;
  });

  async function principalOf(request: FastifyRequest): Promise<Principal | null> {
    const ip = options.networkOf(request);
    const header = request.headers.authorization ?? '';
    if (header) {
      const token = header.startsWith('Bearer ') ? header.slice(7) : '';
      if (token.startsWith(TOKEN_PREFIX)) return tokenPrincipal(ctx, token, ip);
      if (token && options.adminToken && safeEqual(token, options.adminToken))
        return { kind: 'break-glass', staffId: null, email: null, role: 'admin', ip };
      return null;
    }
    const session = request.cookies[SESSION_COOKIE];
    return session ? sessionPrincipal(ctx, session, options.sessionPolicy, ip) : null;
  }

  const special: Record<string, (request: FastifyRequest, reply: FastifyReply, input: AdminInput) => Promise<unknown>> = {
    async signIn(request, reply, { body }) {
      const input = parseInput(z.strictObject({ email: z.string(), password: z.string() }), body);
      const ip = options.networkOf(request);
      const staff = await verifySignIn(ctx, input.email, input.password, ip);
      const session = await openSession(ctx, staff, 'password', options.sessionPolicy, {
        ip,
        userAgent: request.headers['user-agent'],
      });
      await ctx.transact((tx) =>
        recordAudit(
          tx,
          { kind: 'session', staffId: staff.id, email: staff.email, role: staffView(staff).role, ip },
          {
            action: 'staff.sign-in',
            resource: { kind: 'staff', id: String(staff.id) },
            detail: 'password',
          },
        ),
      );
      setSessionCookie(reply, session.token);
      return { staff: staffView(staff), csrfToken: session.csrf };
    },
    async currentSession(request) {
      const who = request.principal!;
      if (who.kind !== 'session' || who.staffId === null) throw new UnauthorisedError('Only a console session has one');
      return { staff: staffView(await readStaff(ctx, who.staffId)), csrfToken: who.csrf ?? '' };
    },
    async signOut(request, reply) {
      const who = request.principal!;
      if (who.sessionId) {
        await closeSession(ctx, who.sessionId);
        await ctx.transact((tx) =>
          recordAudit(tx, who, { action: 'staff.sign-out', resource: { kind: 'staff', id: String(who.staffId) } }),
        );
      }
      reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
      return undefined;
    },
    // Single sign-on ends in the same session cookie as a password.
    ...oidcHandlers(ctx, { ...options, oidc: options.oidc ?? null, setSessionCookie }),
  };

  function setSessionCookie(reply: FastifyReply, token: string): void {
    reply.setCookie(SESSION_COOKIE, token, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure,
      maxAge: Math.floor(options.sessionPolicy.maxMs / 1000),
    });
  }

  // Every admin endpoint comes from the tables that openapi.json also describes.
  for (const route of allAdminRoutes) {
    app.route<{ Params: Record<string, string>; Querystring: unknown; Body: unknown }>({
      method: route.method,
      url: route.url,
      config: { adminRoute: route },
      handler: async (request, reply) => {
        const params = checkParams(route, request.params);
        const query = route.query ? parseInput(route.query, request.query ?? {}) : {};
        const input: AdminInput = { params, query, body: request.body };
        reply.code(route.status);
        const own = special[route.operationId];
        if (own) return own(request, reply, input);
        const who = request.principal ?? anonymous(options.networkOf(request));
        if (SAFE.has(route.method)) return route.handle(ctx, input, reply, who, links);
        return ctx.transact(async (tx) => {
          const before = route.audit?.before ? await route.audit.before(tx, input) : undefined;
          const result = await route.handle(tx, input, reply, who, links);
          if (route.permission !== 'public')
            for (const entry of route.audit?.entries?.(input, result) ?? [auditEntry(route, input, before, result)])
              await recordAudit(tx, who, entry);
          return result;
        });
      },
    });
  }
}

/** Public routes (signing in, setting a password) act for nobody yet. */
function anonymous(ip: string): Principal {
  return { kind: 'session', staffId: null, email: null, role: 'analyst', ip };
}

function auditEntry(route: AdminRoute, input: AdminInput, before: unknown, result: unknown) {
  const first = Object.entries(input.params)[0];
  const kind = route.url.split('/')[1]?.replace(/s$/, '') ?? 'resource';
  const resource = route.audit?.resource ? route.audit.resource(input, result) : first ? { kind, id: first[1] } : null;
  const after =
    result && typeof result === 'object' && route.audit?.redact
      ? Object.fromEntries(Object.entries(result).map(([k, v]) => [k, route.audit?.redact?.includes(k) ? '[redacted]' : v]))
      : result;
  const detail = route.audit?.detail?.(input);
  return { action: route.audit?.action ?? route.operationId, resource, before, after, ...(detail ? { detail } : {}) };
}
