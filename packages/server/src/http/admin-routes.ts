import { InvalidInputError, NotFoundError, parseInput } from '@civic-widgets/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import type { Context } from '../domain/context.js';
import * as polls from '../domain/polls.js';
import * as threads from '../domain/threads.js';
import * as petitions from '../domain/petitions.js';
import * as services from '../domain/services.js';
import { safeEqual } from '../security/hash.js';
import { toCsv } from './csv.js';
import { problem, sendProblem } from './problems.js';

type Handler = (
  request: FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, string> }>,
  reply: FastifyReply,
) => Promise<unknown>;

const Response = z.strictObject({ body: z.string().check(z.minLength(1), z.maxLength(20000)), final: z.optional(z.boolean()) });

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

  const id = (request: { params: Record<string, string> }) => request.params['id'] ?? '';
  const kinds = {
    polls: { list: polls.listPolls, create: polls.createPoll, update: polls.updatePoll, status: polls.setPollStatus },
    threads: {
      list: threads.listThreads,
      create: threads.createThread,
      update: threads.updateThread,
      status: threads.setThreadStatus,
    },
    petitions: {
      list: petitions.listPetitions,
      create: petitions.createPetition,
      update: petitions.updatePetition,
      status: petitions.setPetitionStatus,
    },
    services: {
      list: services.listServices,
      create: services.createService,
      update: services.updateService,
      status: services.setServiceStatus,
    },
  } as const;

  for (const [kind, ops] of Object.entries(kinds)) {
    app.get(`/${kind}`, (async () => ops.list(ctx)) as Handler);
    app.post(`/${kind}`, (async (request, reply) => {
      reply.code(201);
      return ops.create(ctx, request.body);
    }) as Handler);
    app.put(`/${kind}/:id`, (async (request) => ops.update(ctx, id(request), request.body)) as Handler);
    app.post(`/${kind}/:id/open`, (async (request) => ops.status(ctx, id(request), 'open')) as Handler);
    app.post(`/${kind}/:id/close`, (async (request) => ops.status(ctx, id(request), 'closed')) as Handler);
  }

  app.get('/moderation', (async (request) => {
    const kind = request.query['kind'] ?? 'pending';
    if (kind !== 'pending' && kind !== 'reported') throw new InvalidInputError('kind must be "pending" or "reported"');
    return threads.moderationQueue(ctx, kind);
  }) as Handler);
  for (const action of ['approve', 'hide', 'remove'] as const) {
    app.post(`/comments/:id/${action}`, (async (request) => threads.moderate(ctx, id(request), action)) as Handler);
  }

  app.post('/petitions/:id/response', (async (request) => {
    const { body, final } = parseInput(Response, request.body);
    return petitions.respondToPetition(ctx, id(request), body, final ?? false);
  }) as Handler);

  app.get('/export/:kind', (async (request, reply) => {
    const { format = 'json', includeEmail, resource } = request.query;
    if (format !== 'json' && format !== 'csv') throw new InvalidInputError('format must be "json" or "csv"');
    const kind = request.params['kind'];
    const rows =
      kind === 'votes'
        ? await polls.exportVotes(ctx, resource)
        : kind === 'comments'
          ? await threads.exportComments(ctx, resource)
          : kind === 'signatures'
            ? await petitions.exportSignatures(ctx, includeEmail === 'true', resource)
            : kind === 'ratings'
              ? await services.exportRatings(ctx, resource)
              : null;
    if (!rows) throw new NotFoundError('Export one of: votes, comments, signatures, ratings');
    reply.header('content-disposition', `attachment; filename="${kind}.${format}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(rows));
    return rows;
  }) as Handler);

  app.get('/outbox', (async (request) => {
    const limit = Math.min(Number(request.query['limit'] ?? 50) || 50, 500);
    const rows = await ctx.db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      id: r.id,
      to: r.to_addr,
      subject: r.subject,
      text: r.text,
      sent: r.sent === 1,
      createdAt: new Date(r.created_ms).toISOString(),
    }));
  }) as Handler);
}
