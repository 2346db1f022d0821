import { NotFoundError } from '@civic-widgets/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FLOW_COOKIE, FLOW_TTL_MS, OidcClient, type OidcFailure, OidcSignInError } from '../auth/oidc.js';
import type { OidcConfig } from '../auth/oidc-config.js';
import type { Context } from '../domain/context.js';
import type { SessionPolicy } from '../domain/sessions.js';
import { signInWithOidc } from '../domain/staff-oidc.js';
import type { AdminInput } from './admin-api.js';

/** Where the flow cookie goes: to the callback and nowhere else. */
const FLOW_PATH = '/api/v1/admin/oidc';

export interface OidcRouteOptions {
  oidc: OidcConfig | null;
  publicUrl: string;
  networkOf: (request: FastifyRequest) => string;
  sessionPolicy: SessionPolicy;
  /** Sets the console's session cookie, exactly as password sign-in does. */
  setSessionCookie: (reply: FastifyReply, token: string) => void;
}

type Handler = (request: FastifyRequest, reply: FastifyReply, input: AdminInput) => Promise<unknown>;

/** The answers to the routes of oidc-api.ts, by operationId (admin-routes.ts calls them). */
export function oidcHandlers(ctx: Context, options: OidcRouteOptions): Record<string, Handler> {
  const config = options.oidc;
  const oidc = config
    ? new OidcClient(config, `${options.publicUrl}/api/v1/admin/oidc/callback`, (value) => ctx.keyedToken(value))
    : null;
  // Discovered at start-up so that a wrong issuer shows in the log at once, not at the first sign-in;
  // the server starts anyway (the public API does not depend on the provider).
  oidc
    ?.configuration()
    .catch((error: unknown) => ctx.log.warn({ err: error, issuer: config?.issuer }, 'single sign-on: discovery failed'));
  const secure = options.publicUrl.startsWith('https:');
  const consoleUrl = `${options.publicUrl}/admin/`;

  function required(): OidcClient {
    if (!oidc) throw new NotFoundError('Single sign-on is not configured on this server (CIVIC_OIDC_ISSUER)');
    return oidc;
  }

  /** Back to the console, with a code it explains; the reason stays in the log. */
  function refuse(reply: FastifyReply, code: OidcFailure): FastifyReply {
    return reply.redirect(`${consoleUrl}#signin-error=${code}`, 302);
  }

  return {
    async authMethods() {
      return { password: true, oidc: config ? { label: config.label, start: `${FLOW_PATH}/start` } : null };
    },

    async oidcStart(_request, reply, { query }) {
      const client = required();
      let started: Awaited<ReturnType<OidcClient['start']>>;
      try {
        started = await client.start(ctx.now().getTime(), query['login_hint'] as string | undefined);
      } catch (error) {
        ctx.log.warn({ err: error }, 'single sign-on: the provider cannot be reached');
        return refuse(reply, 'failed');
      }
      // Lax, not Strict: the provider sends the browser back with a cross-site navigation,
      // on which a Strict cookie would not be sent.
      reply.setCookie(FLOW_COOKIE, started.cookie, {
        path: FLOW_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge: FLOW_TTL_MS / 1000,
      });
      return reply.redirect(started.url.href, 302);
    },

    async oidcCallback(request, reply) {
      const client = required();
      // A flow is used once, whatever its outcome.
      reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH, httpOnly: true, sameSite: 'lax', secure });
      const ip = options.networkOf(request);
      try {
        const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        const identity = await client.finish(search, request.cookies[FLOW_COOKIE], ctx.now().getTime());
        const { session } = await signInWithOidc(ctx, identity, options.sessionPolicy, {
          ip,
          userAgent: request.headers['user-agent'],
        });
        options.setSessionCookie(reply, session.token);
        return reply.redirect(consoleUrl, 302);
      } catch (error) {
        if (!(error instanceof OidcSignInError)) throw error;
        ctx.log.warn({ code: error.code, reason: error.reason, network: ip }, 'single sign-on refused');
        return refuse(reply, error.code);
      }
    },
  };
}
