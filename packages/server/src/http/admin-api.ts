import {
  CommentId,
  CommentStatus,
  Count,
  Petition,
  PetitionDefinition,
  Poll,
  PollDefinition,
  ReportReason,
  Service,
  ServiceDefinition,
  Slug,
  Thread,
  ThreadDefinition,
  Timestamp,
  parseInput,
} from '@civic-widgets/core';
import type { FastifyReply } from 'fastify';
import * as z from 'zod/mini';
import type { Context } from '../domain/context.js';
import * as polls from '../domain/polls.js';
import * as threads from '../domain/threads.js';
import * as petitions from '../domain/petitions.js';
import * as services from '../domain/services.js';
import { outboxView } from '../mail/outbox.js';
import { toCsv } from './csv.js';
import type { ParamsSchema } from './params.js';

/*
 * The admin API as a table: admin-routes.ts registers it behind the admin
 * token, and openapi.ts describes it. Core has schemas for what citizens see
 * and what admins write; the shapes only admins read are defined here.
 */

export const PollSummary = z.extend(Poll, { participants: Count });

export const ModerationItem = z.object({
  id: z.string(),
  threadId: Slug,
  parentId: z.nullable(z.string()),
  authorName: z.nullable(z.string()),
  body: z.string(),
  status: CommentStatus,
  score: z.int(),
  reportCount: Count,
  reports: z.array(z.object({ reason: ReportReason, note: z.nullable(z.string()) })),
  createdAt: Timestamp,
});

export const Moderated = z.object({ id: z.string(), status: CommentStatus });

export const PetitionResponseInput = z.strictObject({
  body: z.string().check(z.minLength(1), z.maxLength(20000)),
  /** Marks the petition responded. */
  final: z.optional(z.boolean()),
});

const VoteRow = z.object({ pollId: Slug, choices: z.string(), votedAt: Timestamp, changedAt: Timestamp });
const CommentRow = z.object({
  id: z.string(),
  threadId: Slug,
  parentId: z.string(),
  authorName: z.string(),
  body: z.string(),
  status: CommentStatus,
  score: z.int(),
  replies: Count,
  reports: Count,
  createdAt: Timestamp,
});
const SignatureRow = z.object({
  petitionId: Slug,
  name: z.string(),
  /** Only with `includeEmail=true`. */
  email: z.optional(z.string()),
  regionId: z.string(),
  showName: z.boolean(),
  status: z.enum(['pending', 'confirmed']),
  signedAt: Timestamp,
  confirmedAt: z.string(),
});
const RatingRow = z.object({
  serviceId: Slug,
  score: z.int(),
  reasons: z.string(),
  comment: z.string(),
  pageUrl: z.string(),
  ratedAt: Timestamp,
  changedAt: Timestamp,
});
export const ExportRows = z.union([z.array(VoteRow), z.array(CommentRow), z.array(SignatureRow), z.array(RatingRow)]);

export const OutboxMessage = z.object({
  id: z.int(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  sent: z.boolean(),
  createdAt: Timestamp,
});

/** Query strings arrive as text; unknown keys are ignored. */
const ModerationQuery = z.object({ kind: z._default(z.enum(['pending', 'reported']), 'pending') });
const ExportQuery = z.object({
  format: z._default(z.enum(['json', 'csv']), 'json'),
  /** Signatures only: include e-mail addresses. */
  includeEmail: z.optional(z.enum(['true', 'false'])),
  /** Only this poll, thread, petition or service. */
  resource: z.optional(Slug),
});
const OutboxQuery = z.object({ limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500)), 50) });

export interface AdminInput<Q = Record<string, unknown>> {
  params: Record<string, string>;
  query: Q;
  body: unknown;
}

/** One admin endpoint, under /api/v1/admin. */
export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT';
  /** Under /api/v1/admin, fastify syntax. */
  url: string;
  operationId: string;
  summary: string;
  params?: ParamsSchema;
  query?: z.ZodMiniObject;
  /** What the body must be (the domain function parses it). */
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** The answer may also be CSV (`format=csv`). */
  csv?: boolean;
  status: number;
  handle(ctx: Context, input: AdminInput, reply: FastifyReply): Promise<unknown>;
}

/** Keeps each handler's query typed by its schema. */
function route<Q extends z.ZodMiniObject>(
  r: Omit<AdminRoute, 'query' | 'handle'> & {
    query: Q;
    handle(ctx: Context, input: AdminInput<z.output<Q>>, reply: FastifyReply): Promise<unknown>;
  },
): AdminRoute {
  return r as unknown as AdminRoute;
}

const EXPORTS = ['votes', 'comments', 'signatures', 'ratings'] as const;

const RESOURCES = [
  {
    kind: 'polls',
    noun: 'Poll',
    param: 'pollId',
    schema: Poll,
    list: PollSummary,
    definition: PollDefinition,
    ops: { list: polls.listPolls, create: polls.createPoll, update: polls.updatePoll, status: polls.setPollStatus },
  },
  {
    kind: 'threads',
    noun: 'Thread',
    param: 'threadId',
    schema: Thread,
    list: Thread,
    definition: ThreadDefinition,
    ops: {
      list: threads.listThreads,
      create: threads.createThread,
      update: threads.updateThread,
      status: threads.setThreadStatus,
    },
  },
  {
    kind: 'petitions',
    noun: 'Petition',
    param: 'petitionId',
    schema: Petition,
    list: Petition,
    definition: PetitionDefinition,
    ops: {
      list: petitions.listPetitions,
      create: petitions.createPetition,
      update: petitions.updatePetition,
      status: petitions.setPetitionStatus,
    },
  },
  {
    kind: 'services',
    noun: 'Service',
    param: 'serviceId',
    schema: Service,
    list: Service,
    definition: ServiceDefinition,
    ops: {
      list: services.listServices,
      create: services.createService,
      update: services.updateService,
      status: services.setServiceStatus,
    },
  },
] as const;

const resourceRoutes = RESOURCES.flatMap(({ kind, noun, param, schema, list, definition, ops }): AdminRoute[] => {
  const params = z.strictObject({ [param]: Slug }) as ParamsSchema;
  const id = (input: AdminInput) => input.params[param] ?? '';
  return [
    {
      method: 'GET',
      url: `/${kind}`,
      operationId: `adminList${noun}s`,
      summary: `Every ${noun.toLowerCase()}, drafts included, newest first`,
      response: z.array(list),
      status: 200,
      handle: (ctx) => ops.list(ctx),
    },
    {
      method: 'POST',
      url: `/${kind}`,
      operationId: `adminCreate${noun}`,
      summary: `Create a ${noun.toLowerCase()} from its definition (a taken id is 409)`,
      body: definition,
      response: schema,
      status: 201,
      handle: (ctx, input) => ops.create(ctx, input.body),
    },
    {
      method: 'PUT',
      url: `/${kind}/:${param}`,
      operationId: `adminUpdate${noun}`,
      summary: `Replace a ${noun.toLowerCase()}'s definition; the id is the one in the path`,
      params,
      body: z.omit(definition, { id: true }),
      response: schema,
      status: 200,
      handle: (ctx, input) => ops.update(ctx, id(input), input.body),
    },
    {
      method: 'POST',
      url: `/${kind}/:${param}/open`,
      operationId: `adminOpen${noun}`,
      summary: `Open a ${noun.toLowerCase()}`,
      params,
      response: schema,
      status: 200,
      handle: (ctx, input) => ops.status(ctx, id(input), 'open'),
    },
    {
      method: 'POST',
      url: `/${kind}/:${param}/close`,
      operationId: `adminClose${noun}`,
      summary: `Close a ${noun.toLowerCase()}`,
      params,
      response: schema,
      status: 200,
      handle: (ctx, input) => ops.status(ctx, id(input), 'closed'),
    },
  ];
});

const comment = z.strictObject({ commentId: CommentId });

export const adminApi: AdminRoute[] = [
  ...resourceRoutes,
  route({
    method: 'GET',
    url: '/moderation',
    operationId: 'adminModerationQueue',
    summary: 'Comments awaiting moderation: pending ones, or reported ones with their reports',
    query: ModerationQuery,
    response: z.array(ModerationItem),
    status: 200,
    handle: (ctx, { query }) => threads.moderationQueue(ctx, query.kind),
  }),
  ...(['approve', 'hide', 'remove'] as const).map((action): AdminRoute => ({
    method: 'POST',
    url: `/comments/:commentId/${action}`,
    operationId: `admin${action[0]!.toUpperCase()}${action.slice(1)}Comment`,
    summary: {
      approve: 'Publish a comment and clear its reports',
      hide: 'Hide a comment',
      remove: 'Remove a comment',
    }[action],
    params: comment,
    response: Moderated,
    status: 200,
    handle: (ctx, input) => threads.moderate(ctx, input.params['commentId'] ?? '', action),
  })),
  {
    method: 'POST',
    url: '/petitions/:petitionId/response',
    operationId: 'adminRespondToPetition',
    summary: 'Publish the official response; with `final`, the petition is marked responded',
    params: z.strictObject({ petitionId: Slug }),
    body: PetitionResponseInput,
    response: Petition,
    status: 200,
    handle: (ctx, input) => {
      const { body, final } = parseInput(PetitionResponseInput, input.body);
      return petitions.respondToPetition(ctx, input.params['petitionId'] ?? '', body, final ?? false);
    },
  },
  route({
    method: 'GET',
    url: '/export/:kind',
    operationId: 'adminExport',
    summary: 'Export votes, comments, signatures or ratings as JSON or CSV (e-mail addresses only when asked)',
    params: z.strictObject({ kind: z.enum(EXPORTS) }) as ParamsSchema,
    query: ExportQuery,
    response: ExportRows,
    csv: true,
    status: 200,
    handle: async (ctx, { params, query }, reply) => {
      const { format, includeEmail, resource } = query;
      const kind = params['kind'] as (typeof EXPORTS)[number];
      const rows =
        kind === 'votes'
          ? await polls.exportVotes(ctx, resource)
          : kind === 'comments'
            ? await threads.exportComments(ctx, resource)
            : kind === 'signatures'
              ? await petitions.exportSignatures(ctx, includeEmail === 'true', resource)
              : await services.exportRatings(ctx, resource);
      reply.header('content-disposition', `attachment; filename="${kind}.${format}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(rows));
      return rows;
    },
  }),
  route({
    method: 'GET',
    url: '/outbox',
    operationId: 'adminOutbox',
    summary: 'The most recent e-mails, newest first (sent or waiting)',
    query: OutboxQuery,
    response: z.array(OutboxMessage),
    status: 200,
    // Masked addresses and no links: whoever holds the admin token could otherwise confirm signatures.
    handle: async (ctx, { query }) => outboxView(ctx, query.limit),
  }),
];
