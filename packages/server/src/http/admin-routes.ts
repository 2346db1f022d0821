import { parseInput } from '@civic-widgets/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Context } from '../domain/context.js';
import { safeEqual } from '../security/hash.js';
import { adminApi } from './admin-api.js';
import { checkParams } from './params.js';
import { problem, sendProblem } from './problems.js';

/**
 * /api/v1/admin: content management, moderation, responses and exports,
 * behind `Authorization: Bearer $CIVIC_ADMIN_TOKEN` (compared in constant time).
 * Without the token configured, every admin route answers that the admin API is off.
 */
export async function adminRoutes(app: FastifyInstance, ctx: Context, adminToken: string | undefined): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!adminToken)
      return sendProblem(reply, problem('unauthorised', 'The admin API is off: set CIVIC_ADMIN_TOKEN to enable it', {}, 403));
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!token || !safeEqual(token, adminToken)) {
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
