import { parseInput } from '@civic-widgets/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Context } from '../domain/context.js';
import { safeEqual } from '../security/hash.js';
import { adminApi } from './admin-api.js';
import { checkParams } from './params.js';
import { problem, sendProblem } from './problems.js';

/** Failed admin authentications a client network may make per window; then it gets 429 until the window ends. */
export const ADMIN_FAILURES = { max: 10, windowMs: 10 * 60_000 };

/**
 * /api/v1/admin: content management, moderation, responses and exports,
 * behind `Authorization: Bearer $CIVIC_ADMIN_TOKEN` (compared in constant time).
 * Without the token configured, every admin route answers that the admin API is off.
 * `networkOf` names the client's network (the rate limits' key) for counting failures.
 */
export async function adminRoutes(
  app: FastifyInstance,
  ctx: Context,
  adminToken: string | undefined,
  networkOf: (request: FastifyRequest) => string,
): Promise<void> {
  // Only failures count, in memory: a network that keeps guessing is stopped, whoever else uses the API.
  const failures = app.createRateLimit({
    max: ADMIN_FAILURES.max,
    timeWindow: ADMIN_FAILURES.windowMs,
    keyGenerator: (request) => `admin-failure:${networkOf(request)}`,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!adminToken)
      return sendProblem(reply, problem('unauthorised', 'The admin API is off: set CIVIC_ADMIN_TOKEN to enable it', {}, 403));
    // Checked before the token, so a blocked network cannot go on guessing.
    const seen = await failures(request, { increment: false });
    if (!seen.isAllowed && seen.remaining === 0) {
      return sendProblem(
        reply,
        problem('rate-limited', 'Too many failed admin authentications from this network; wait before trying again', {
          retryAfter: seen.ttlInSeconds,
        }),
      );
    }
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!token || !safeEqual(token, adminToken)) {
      await failures(request);
      reply.header('www-authenticate', 'Bearer');
      return sendProblem(reply, problem('unauthorised', 'A valid admin token is required', {}, 401));
    }
  });

  // Every admin endpoint comes from the table that openapi.json also describes.
  for (const route of adminApi) {
    app.route<{ Params: Record<string, string>; Querystring: unknown; Body: unknown }>({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        const params = checkParams(route, request.params);
        const query = route.query ? parseInput(route.query, request.query ?? {}) : {};
        reply.code(route.status);
        return route.handle(ctx, { params, query, body: request.body }, reply);
      },
    });
  }
}
