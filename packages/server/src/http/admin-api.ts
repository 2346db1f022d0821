import {
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
  UnauthorisedError,
  parseInput,
  textOf,
  PollView,
  PetitionView,
  ServiceView,
} from '@civic-widgets/core';
import type { FastifyReply } from 'fastify';
import * as z from 'zod/mini';
import { setArchived } from '../domain/archive.js';
import type { AuditEntry } from '../domain/audit.js';
import type { Context } from '../domain/context.js';
import * as polls from '../domain/polls.js';
import * as threads from '../domain/threads.js';
import * as petitions from '../domain/petitions.js';
import * as services from '../domain/services.js';
import { outboxView } from '../mail/outbox.js';
import { toCsv } from './csv.js';
import type { ParamsSchema } from './params.js';
import { type Permission, can } from '../auth/roles.js';
import type { Principal } from '../domain/sessions.js';

/*
 * The admin API as a table: admin-routes.ts registers it behind the admin
 * token, and openapi.ts describes it. Core has schemas for what citizens see
 * and what admins write; the shapes only admins read are defined here.
 */

/**
 * A resource as staff read it: as stored, with `archivedAt` while it is
 * archived (see domain/archive.ts). Citizens' answers never carry it: to them
 * an archived resource is closed.
 */
const archivable = <S extends z.ZodMiniObject>(schema: S) => z.extend(schema, { archivedAt: z.optional(Timestamp) });

export const PollSummary = z.extend(Poll, { participants: Count });

export const ModerationItem = z.object({
  id: z.string(),
  threadId: Slug,
  parentId: z.nullable(z.string()),
  authorName: z.nullable(z.string()),
  body: z.string(),
  lang: z.nullable(z.string()),
  status: CommentStatus,
  score: z.int(),
  reportCount: Count,
  reports: z.array(z.object({ reason: ReportReason, note: z.nullable(z.string()) })),
  createdAt: Timestamp,
});

export const Moderated = z.object({ id: z.string(), status: CommentStatus });

export const PetitionResponseInput = z.strictObject({
  body: textOf(1, 20000),
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
  /** The language it was written in; empty when not known. */
  language: z.string(),
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
  status: z.enum(['pending', 'confirmed', 'invalidated']),
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
  /** kept (no SMTP: for an operator), queued (or waiting to retry), sending, sent, failed (for good). */
  status: z.enum(['kept', 'queued', 'sending', 'sent', 'failed']),
  /** Sending attempts so far. */
  attempts: z.int(),
  /** The last SMTP error, addresses masked. */
  lastError: z.nullable(z.string()),
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

/** Links the admin API hands out (built on the server's public URL). */
export interface AdminLinks {
  /** The console page where a one-time token sets a password. */
  setup(token: string): string;
}

/** How an admin write is written into the audit log (every write is; this refines the entry). */
export interface AuditSpec {
  /** Defaults to the route's operationId. */
  action?: string;
  /** Defaults to the route's first path parameter, named after the route's first URL segment. */
  resource?: (input: AdminInput, result: unknown) => { kind: string; id: string };
  /** The state before the change, read in the same transaction; the answer is the state after. */
  before?: (ctx: Context, input: AdminInput) => Promise<unknown>;
  /** Fields of the answer never written to the log (secrets shown once). */
  redact?: string[];
  /** Why, in the caller's words (a moderator's reason and note): the entry's `detail`. */
  detail?: (input: AdminInput) => string | undefined;
  /** Entries written instead of the one above: one per item of a bulk action, none for a dry run. */
  entries?: (input: AdminInput, result: unknown) => AuditEntry[];
}

/** One admin endpoint, under /api/v1/admin. */
export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Under /api/v1/admin, fastify syntax. */
  url: string;
  operationId: string;
  summary: string;
  /** What the caller's role must allow; `public` routes need no sign-in (signing in itself). */
  permission: Permission | 'public';
  params?: ParamsSchema;
  query?: z.ZodMiniObject;
  /** What the body must be (the domain function parses it). */
  body?: z.ZodMiniType;
  /** `null` for 204 answers. */
  response: z.ZodMiniType | null;
  /** For answers that redirect (a browser navigation, as in single sign-on): where the `Location` leads. */
  redirect?: string;
  /** The answer may also be CSV (`format=csv`). */
  csv?: boolean;
  status: number;
  audit?: AuditSpec;
  handle(ctx: Context, input: AdminInput, reply: FastifyReply, who: Principal, links: AdminLinks): Promise<unknown>;
}

/** Keeps each handler's query typed by its schema. */
function route<Q extends z.ZodMiniObject>(
  r: Omit<AdminRoute, 'query' | 'handle'> & {
    query: Q;
    handle(
      ctx: Context,
      input: AdminInput<z.output<Q>>,
      reply: FastifyReply,
      who: Principal,
      links: AdminLinks,
    ): Promise<unknown>;
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
    schema: archivable(Poll),
    list: archivable(PollSummary),
    definition: PollDefinition,
    view: PollView,
    ops: {
      list: polls.listPolls,
      find: polls.findPoll,
      view: (ctx: Context, id: string) => polls.getPollView(ctx, PREVIEW, id, true),
      create: polls.createPoll,
      update: polls.updatePoll,
      status: polls.setPollStatus,
    },
  },
  {
    kind: 'threads',
    noun: 'Thread',
    param: 'threadId',
    schema: archivable(Thread),
    list: archivable(Thread),
    definition: ThreadDefinition,
    view: Thread,
    ops: {
      list: threads.listThreads,
      find: threads.findThread,
      view: threads.getThread,
      create: threads.createThread,
      update: threads.updateThread,
      status: threads.setThreadStatus,
    },
  },
  {
    kind: 'petitions',
    noun: 'Petition',
    param: 'petitionId',
    schema: archivable(Petition),
    list: archivable(Petition),
    definition: PetitionDefinition,
    view: PetitionView,
    ops: {
      list: petitions.listPetitions,
      find: petitions.findPetition,
      view: (ctx: Context, id: string) => petitions.getPetitionView(ctx, id, true),
      create: petitions.createPetition,
      update: petitions.updatePetition,
      status: petitions.setPetitionStatus,
    },
  },
  {
    kind: 'services',
    noun: 'Service',
    param: 'serviceId',
    schema: archivable(Service),
    list: archivable(Service),
    definition: ServiceDefinition,
    view: ServiceView,
    ops: {
      list: services.listServices,
      find: services.findService,
      view: (ctx: Context, id: string) => services.getServiceView(ctx, PREVIEW, id, true),
      create: services.createService,
      update: services.updateService,
      status: services.setServiceStatus,
    },
  },
] as const;

/** Staff previews read as a participant who has not acted yet. */
const PREVIEW = { voter: 'staff-preview', ip: null };

const resourceRoutes = RESOURCES.flatMap(({ kind, noun, param, schema, list, view, definition, ops }): AdminRoute[] => {
  const params = z.strictObject({ [param]: Slug }) as ParamsSchema;
  const id = (input: AdminInput) => input.params[param] ?? '';
  const before = (ctx: Context, input: AdminInput) => ops.find(ctx, id(input));
  return [
    {
      method: 'GET',
      url: `/${kind}`,
      operationId: `adminList${noun}s`,
      summary: `Every ${noun.toLowerCase()}, drafts included, newest first`,
      permission: 'content.read',
      response: z.array(list),
      status: 200,
      handle: (ctx) => ops.list(ctx),
    },
    {
      method: 'GET',
      url: `/${kind}/:${param}`,
      operationId: `adminGet${noun}`,
      summary: `One ${noun.toLowerCase()} as stored, drafts included`,
      permission: 'content.read',
      params,
      response: schema,
      status: 200,
      handle: (ctx, input) => ops.find(ctx, id(input)),
    },
    {
      method: 'GET',
      url: `/${kind}/:${param}/preview`,
      operationId: `adminPreview${noun}`,
      summary: `The ${noun.toLowerCase()} as a participant who has not acted yet sees it, drafts included (console previews)`,
      permission: 'content.read',
      params,
      response: view,
      status: 200,
      handle: (ctx, input) => ops.view(ctx, id(input)),
    },
    {
      method: 'POST',
      url: `/${kind}`,
      operationId: `adminCreate${noun}`,
      summary: `Create a ${noun.toLowerCase()} from its definition (a taken id is 409)`,
      permission: 'content.write',
      audit: { resource: (_input, result) => ({ kind: noun.toLowerCase(), id: (result as { id: string }).id }) },
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
      permission: 'content.write',
      audit: { before },
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
      permission: 'content.write',
      audit: { before },
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
      permission: 'content.write',
      audit: { before },
      params,
      response: schema,
      status: 200,
      handle: (ctx, input) => ops.status(ctx, id(input), 'closed'),
    },
    {
      method: 'POST',
      url: `/${kind}/:${param}/archive`,
      operationId: `adminArchive${noun}`,
      summary: `Archive a ${noun.toLowerCase()}: out of the console's lists, closed to citizens (its text and results stay visible), unchangeable until unarchived; already archived is 409`,
      permission: 'content.write',
      audit: { before },
      params,
      response: schema,
      status: 200,
      handle: async (ctx, input) => {
        await setArchived(ctx, kind, id(input), true);
        return ops.find(ctx, id(input));
      },
    },
    {
      method: 'POST',
      url: `/${kind}/:${param}/unarchive`,
      operationId: `adminUnarchive${noun}`,
      summary: `Unarchive a ${noun.toLowerCase()}: back as it was before it was archived; not archived is 409`,
      permission: 'content.write',
      audit: { before },
      params,
      response: schema,
      status: 200,
      handle: async (ctx, input) => {
        await setArchived(ctx, kind, id(input), false);
        return ops.find(ctx, id(input));
      },
    },
  ];
});

export const adminApi: AdminRoute[] = [
  ...resourceRoutes,
  route({
    method: 'GET',
    url: '/moderation',
    operationId: 'adminModerationQueue',
    summary:
      'Comments awaiting moderation: pending ones, or reported ones with their reports (the first 500, oldest first; paginated and across kinds: /moderation/queue)',
    permission: 'moderation.read',
    query: ModerationQuery,
    response: z.array(ModerationItem),
    status: 200,
    handle: (ctx, { query }) => threads.moderationQueue(ctx, query.kind),
  }),
  {
    method: 'POST',
    url: '/petitions/:petitionId/response',
    operationId: 'adminRespondToPetition',
    summary: 'Publish the official response; with `final`, the petition is marked responded',
    permission: 'responses.write',
    audit: {
      resource: (input) => ({ kind: 'petition', id: input.params['petitionId'] ?? '' }),
      before: (ctx, input) => petitions.findPetition(ctx, input.params['petitionId'] ?? ''),
    },
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
    permission: 'results.read',
    params: z.strictObject({ kind: z.enum(EXPORTS) }) as ParamsSchema,
    query: ExportQuery,
    response: ExportRows,
    csv: true,
    status: 200,
    handle: async (ctx, { params, query }, reply, who) => {
      const { format, includeEmail, resource } = query;
      if (includeEmail === 'true' && !can(who.role, 'personal-data.read'))
        throw new UnauthorisedError('Only administrators may export e-mail addresses');
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
    permission: 'personal-data.read',
    query: OutboxQuery,
    response: z.array(OutboxMessage),
    status: 200,
    // Masked addresses and no links: whoever holds the admin token could otherwise confirm signatures.
    handle: async (ctx, { query }) => outboxView(ctx, query.limit),
  }),
];
