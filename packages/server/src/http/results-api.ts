import {
  Count,
  ModerationMode,
  PetitionStatus,
  PollMode,
  PollStatus,
  RatingScale,
  ServiceStatus,
  Slug,
  ThreadStatus,
  Timestamp,
  plainTextFor,
} from '@civic-widgets/core';
import type { FastifyReply } from 'fastify';
import * as z from 'zod/mini';
import * as results from '../domain/results.js';
import type { AdminRoute } from './admin-api.js';
import { toSpreadsheetCsv } from './csv.js';
import type { ParamsSchema } from './params.js';

/*
 * Results dashboards under /api/v1/admin/results: one read per poll, service,
 * petition and thread, as JSON, or one of its tables as CSV (`format=csv&table=…`)
 * with labels rather than ids and a closing "Total" row, opening as UTF-8 in
 * spreadsheets. Series are in UTC hours or days.
 */

const Interval = z.enum(['hour', 'day']);
const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const Share = z.number().check(z.minimum(0));

const PollDashboard = z.object({
  poll: z.object({
    id: Slug,
    question: z.string(),
    mode: PollMode,
    status: PollStatus,
    opensAt: z.nullable(Timestamp),
    closesAt: z.nullable(Timestamp),
  }),
  totalParticipants: Count,
  /** Sum of the option counts (more than the participants in a multiple-choice poll). */
  totalVotes: Count,
  /** In the poll's order; `share` is of participants (0–1). */
  options: z.array(z.object({ optionId: Slug, label: z.string(), votes: Count, share: Share })),
  /** Hours when the votes span three days or less, else days. */
  interval: Interval,
  /** Participants by the time of their first vote, every interval from the first to the last. */
  overTime: z.array(z.object({ at: Timestamp, votes: Count })),
});

const ServiceDashboard = z.object({
  service: z.object({ id: Slug, name: z.string(), question: z.string(), scale: RatingScale, status: ServiceStatus }),
  count: Count,
  /** Mean score (stars5, csat5), two decimals. */
  average: z.nullable(z.number()),
  /** Share of "yes" (yesno), 0–1. */
  yesShare: z.nullable(Share),
  distribution: z.array(z.object({ score: z.int(), label: z.string(), count: Count })),
  /** In the service's order; reasons no longer offered after them. */
  reasons: z.array(z.object({ reasonId: z.string(), label: z.string(), count: Count })),
  interval: Interval,
  overTime: z.array(z.object({ at: Timestamp, ratings: Count, average: z.nullable(z.number()) })),
  /** Follow-up comments, newest first; page on with `cursor`. */
  comments: z.object({
    items: z.array(
      z.object({ score: z.int(), scoreLabel: z.string(), reasons: z.array(z.string()), comment: z.string(), at: Timestamp }),
    ),
    nextCursor: z.nullable(z.string()),
  }),
});

const SignatureCounts = { confirmed: Count, pending: Count, invalidated: Count };
const PetitionDashboard = z.object({
  petition: z.object({
    id: Slug,
    title: z.string(),
    status: PetitionStatus,
    opensAt: z.nullable(Timestamp),
    closesAt: z.nullable(Timestamp),
    respondedAt: z.nullable(Timestamp),
  }),
  signatureCount: Count,
  goal: z.int(),
  /** signatureCount / goal (above 1 past the goal). */
  progress: Share,
  /** `reachedOn`: the UTC day its count-th confirmed signature was confirmed. */
  milestones: z.array(z.object({ count: z.int(), label: z.string(), reached: z.boolean(), reachedOn: z.nullable(Day) })),
  totals: z.object(SignatureCounts),
  /** By the UTC day of signing, split by status now; every day from the first to the last. */
  byDay: z.array(z.object({ day: Day, signed: Count, ...SignatureCounts })),
  /** In the petition's region order; then signatures without a region (`regionId` null, "No region"). */
  byRegion: z.array(z.object({ regionId: z.nullable(z.string()), label: z.string(), ...SignatureCounts })),
});

const ThreadDashboard = z.object({
  thread: z.object({ id: Slug, title: z.nullable(z.string()), status: ThreadStatus, moderation: ModerationMode }),
  /** Every comment, whatever its status. */
  comments: Count,
  published: Count,
  /** Distinct participants who wrote (imported comments have none). */
  participants: Count,
  openReports: Count,
  upvotes: Count,
  statusCounts: z.object({ published: Count, pending: Count, hidden: Count, removed: Count }),
  /** By the UTC day of writing; every day from the first to the last. */
  byDay: z.array(z.object({ day: Day, comments: Count, participants: Count })),
});

const format = z._default(z.enum(['json', 'csv']), 'json');
const table = <T extends readonly [string, ...string[]]>(tables: T) => z._default(z.enum(tables), tables[0]);

const POLL_TABLES = ['options', 'time'] as const;
const SERVICE_TABLES = ['scores', 'reasons', 'time'] as const;
const PETITION_TABLES = ['days', 'regions'] as const;
const THREAD_TABLES = ['days', 'statuses'] as const;

type Rows = Record<string, string | number>[];

const sum = (rows: Rows, column: string) => rows.reduce((n, r) => n + Number(r[column] ?? 0), 0);

/** `rows` and a "Total" row: the sum of each numeric column, unless `totals` gives a column's true total. */
function withTotal(rows: Rows, first: string, numeric: string[], totals: Record<string, number> = {}): Rows {
  return [...rows, { [first]: 'Total', ...Object.fromEntries(numeric.map((c) => [c, totals[c] ?? sum(rows, c)])) }];
}

function sendCsv(reply: FastifyReply, name: string, rows: Rows): FastifyReply {
  reply.header('content-disposition', `attachment; filename="${name}.csv"`);
  return reply.type('text/csv; charset=utf-8').send(toSpreadsheetCsv(rows));
}

const STATUS_LABELS = { published: 'Published', pending: 'Pending', hidden: 'Hidden', removed: 'Removed' } as const;

const param = (name: string) => z.strictObject({ [name]: Slug }) as ParamsSchema;

export const resultsApi: AdminRoute[] = [
  {
    method: 'GET',
    url: '/results/polls/:pollId',
    operationId: 'adminPollResults',
    summary:
      'Poll dashboard: votes per option with labels, totals, participation per hour or day; `format=csv&table=options|time` for a spreadsheet',
    permission: 'results.read',
    params: param('pollId'),
    query: z.object({ format, table: table(POLL_TABLES) }),
    response: PollDashboard,
    csv: true,
    status: 200,
    handle: async (ctx, { params, query }, reply) => {
      const d = await results.pollDashboard(ctx, params['pollId'] ?? '');
      if (query['format'] !== 'csv') return d;
      if (query['table'] === 'time') {
        const rows = d.overTime.map((t) => ({ 'Period start (UTC)': t.at, Votes: t.votes }));
        return sendCsv(reply, `poll-${d.poll.id}-time`, withTotal(rows, 'Period start (UTC)', ['Votes']));
      }
      const rows: Rows = withTotal(
        d.options.map((o) => ({ Option: plainTextFor(o.label), Votes: o.votes })),
        'Option',
        ['Votes'],
      );
      // In a multiple-choice poll the votes add up to more than the people who voted.
      if (d.poll.mode === 'multiple') rows.push({ Option: 'Participants', Votes: d.totalParticipants });
      return sendCsv(reply, `poll-${d.poll.id}-options`, rows);
    },
  },
  {
    method: 'GET',
    url: '/results/services/:serviceId',
    operationId: 'adminServiceResults',
    summary:
      'Service dashboard: ratings per score, reasons with labels, follow-up comments (newest first, paginated), ratings per hour or day; `format=csv&table=scores|reasons|time`',
    permission: 'results.read',
    params: param('serviceId'),
    query: z.object({
      format,
      table: table(SERVICE_TABLES),
      cursor: z.optional(z.string().check(z.maxLength(200))),
      limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
    }),
    response: ServiceDashboard,
    csv: true,
    status: 200,
    handle: async (ctx, { params, query }, reply) => {
      const d = await results.serviceDashboard(ctx, params['serviceId'] ?? '', {
        cursor: query['cursor'] as string | undefined,
        limit: Number(query['limit']),
      });
      if (query['format'] !== 'csv') return d;
      const name = `service-${d.service.id}-${String(query['table'])}`;
      if (query['table'] === 'reasons')
        return sendCsv(
          reply,
          name,
          withTotal(
            d.reasons.map((r) => ({ Reason: plainTextFor(r.label), Ratings: r.count })),
            'Reason',
            ['Ratings'],
          ),
        );
      if (query['table'] === 'time')
        return sendCsv(
          reply,
          name,
          withTotal(
            d.overTime.map((t) => ({ 'Period start (UTC)': t.at, Ratings: t.ratings })),
            'Period start (UTC)',
            ['Ratings'],
          ),
        );
      return sendCsv(
        reply,
        name,
        withTotal(
          d.distribution.map((s) => ({ Score: s.label, Ratings: s.count })),
          'Score',
          ['Ratings'],
        ),
      );
    },
  },
  {
    method: 'GET',
    url: '/results/petitions/:petitionId',
    operationId: 'adminPetitionResults',
    summary:
      'Petition dashboard: progress to the goal, milestones reached, signatures by day (confirmed, pending, invalidated) and by region; `format=csv&table=days|regions`',
    permission: 'results.read',
    params: param('petitionId'),
    query: z.object({ format, table: table(PETITION_TABLES) }),
    response: PetitionDashboard,
    csv: true,
    status: 200,
    handle: async (ctx, { params, query }, reply) => {
      const d = await results.petitionDashboard(ctx, params['petitionId'] ?? '');
      if (query['format'] !== 'csv') return d;
      const counts = (c: { confirmed: number; pending: number; invalidated: number }) => ({
        Confirmed: c.confirmed,
        Pending: c.pending,
        Invalidated: c.invalidated,
      });
      if (query['table'] === 'regions')
        return sendCsv(
          reply,
          `petition-${d.petition.id}-regions`,
          withTotal(
            d.byRegion.map((r) => ({ Region: plainTextFor(r.label), ...counts(r) })),
            'Region',
            ['Confirmed', 'Pending', 'Invalidated'],
          ),
        );
      return sendCsv(
        reply,
        `petition-${d.petition.id}-days`,
        withTotal(
          d.byDay.map((r) => ({ 'Day (UTC)': r.day, Signed: r.signed, ...counts(r) })),
          'Day (UTC)',
          ['Signed', 'Confirmed', 'Pending', 'Invalidated'],
        ),
      );
    },
  },
  {
    method: 'GET',
    url: '/results/threads/:threadId',
    operationId: 'adminThreadResults',
    summary:
      'Thread dashboard: comments per day, participants, comments per status, open reports; `format=csv&table=days|statuses`',
    permission: 'results.read',
    params: param('threadId'),
    query: z.object({ format, table: table(THREAD_TABLES) }),
    response: ThreadDashboard,
    csv: true,
    status: 200,
    handle: async (ctx, { params, query }, reply) => {
      const d = await results.threadDashboard(ctx, params['threadId'] ?? '');
      if (query['format'] !== 'csv') return d;
      if (query['table'] === 'statuses')
        return sendCsv(
          reply,
          `thread-${d.thread.id}-statuses`,
          withTotal(
            Object.entries(STATUS_LABELS).map(([status, label]) => ({
              Status: label,
              Comments: d.statusCounts[status as keyof typeof STATUS_LABELS],
            })),
            'Status',
            ['Comments'],
          ),
        );
      // One person writing on several days counts once in the total.
      return sendCsv(
        reply,
        `thread-${d.thread.id}-days`,
        withTotal(
          d.byDay.map((r) => ({ 'Day (UTC)': r.day, Comments: r.comments, Participants: r.participants })),
          'Day (UTC)',
          ['Comments', 'Participants'],
          { Participants: d.participants },
        ),
      );
    },
  },
];
