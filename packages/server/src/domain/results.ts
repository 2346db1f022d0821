import { type RatingScale, type Service, aggregateCounts, plainTextFor } from '@civic-widgets/core';
import { sql } from 'kysely';
import type { Context } from './context.js';
import { decodeTextPage, encodePage } from './pages.js';
import { findPetition } from './petitions.js';
import { findPoll, results as pollTallies } from './polls.js';
import { findService } from './services.js';
import { findThread } from './threads.js';

/*
 * The console's results dashboards: one read per resource, with labels, not
 * only ids (a text given by language in English, else its first language),
 * so that charts and CSV exports read on their own. Counts come
 * from the same stored counters the public views show; series over time come
 * from the rows, in UTC hours or days.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Events spread over at most this long are shown per hour; longer, per day. */
const HOURLY_SPAN_MS = 3 * DAY_MS;

export type Interval = 'hour' | 'day';

/** `column / size`: integer division on both databases (times are integers), the bucket a row falls in. */
function bucketOf(column: string, size: number) {
  return sql<number>`${sql.ref(column)} / ${sql.lit(size)}`;
}

/** Every bucket from the first to the last present, missing ones as `empty`: charts need the gaps. */
function fill<T>(rows: Map<number, T>, empty: () => T): [number, T][] {
  if (rows.size === 0) return [];
  const keys = [...rows.keys()];
  const [first, last] = [Math.min(...keys), Math.max(...keys)];
  const out: [number, T][] = [];
  for (let b = first; b <= last; b++) out.push([b, rows.get(b) ?? empty()]);
  return out;
}

const day = (bucket: number) => new Date(bucket * DAY_MS).toISOString().slice(0, 10);
const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);
const round2 = (n: number) => Math.round(n * 100) / 100;

function intervalFor(first: number | null, last: number | null): Interval {
  return first === null || last === null || last - first <= HOURLY_SPAN_MS ? 'hour' : 'day';
}

// ------------------------------------------------------------------ polls

export async function pollDashboard(ctx: Context, pollId: string) {
  const poll = await findPoll(ctx, pollId);
  const tally = await pollTallies(ctx.db, poll);
  const counts = new Map(tally.counts.map((c) => [c.optionId, c.count]));
  const span = await ctx.db
    .selectFrom('ballots')
    .select((eb) => [eb.fn.min<number>('created_ms').as('first'), eb.fn.max<number>('created_ms').as('last')])
    .where('poll_id', '=', pollId)
    .executeTakeFirst();
  const interval = intervalFor(span?.first ?? null, span?.last ?? null);
  const size = interval === 'hour' ? HOUR_MS : DAY_MS;
  const bucket = bucketOf('created_ms', size);
  // A participant counts once, when they first voted (changing a vote is not new participation).
  const rows = await ctx.db
    .selectFrom('ballots')
    .select([bucket.as('bucket'), sql<number>`count(*)`.as('n')])
    .where('poll_id', '=', pollId)
    .groupBy(bucket)
    .execute();
  const options = poll.options.map((o) => {
    const votes = counts.get(o.id) ?? 0;
    return { optionId: o.id, label: plainTextFor(o.label), votes, share: share(votes, tally.totalParticipants) };
  });
  return {
    poll: {
      id: poll.id,
      question: plainTextFor(poll.question),
      mode: poll.mode,
      status: poll.status,
      opensAt: poll.opensAt,
      closesAt: poll.closesAt,
    },
    totalParticipants: tally.totalParticipants,
    totalVotes: options.reduce((n, o) => n + o.votes, 0),
    options,
    interval,
    overTime: fill(new Map(rows.map((r) => [Number(r.bucket), Number(r.n)])), () => 0).map(([b, votes]) => ({
      at: new Date(b * size).toISOString(),
      votes,
    })),
  };
}

// --------------------------------------------------------------- services

const CSAT = ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'];

/** How a score reads (the widgets' English wording). */
export function scoreLabel(scale: RatingScale, score: number): string {
  if (scale === 'yesno') return score === 1 ? 'Yes' : 'No';
  if (scale === 'csat5') return CSAT[score - 1] ?? String(score);
  return score === 1 ? '1 star' : `${score} stars`;
}

export async function serviceDashboard(ctx: Context, serviceId: string, page: { cursor?: string | undefined; limit: number }) {
  const service = await findService(ctx, serviceId);
  const labels = new Map(service.reasons.map((r) => [r.id, plainTextFor(r.label)]));
  const [byScore, withReasons, span, comments] = await Promise.all([
    ctx.db
      .selectFrom('ratings')
      .select(['score', sql<number>`count(*)`.as('n')])
      .where('service_id', '=', serviceId)
      .groupBy('score')
      .execute(),
    ctx.db.selectFrom('ratings').select('reasons').where('service_id', '=', serviceId).where('reasons', '!=', '[]').execute(),
    ctx.db
      .selectFrom('ratings')
      .select((eb) => [eb.fn.min<number>('created_ms').as('first'), eb.fn.max<number>('created_ms').as('last')])
      .where('service_id', '=', serviceId)
      .executeTakeFirst(),
    ratingComments(ctx, service, labels, page),
  ]);
  const aggregate = aggregateCounts(service.scale, new Map(byScore.map((r) => [r.score, Number(r.n)])));
  const reasonCounts = new Map<string, number>();
  for (const r of withReasons)
    for (const id of JSON.parse(r.reasons) as string[]) reasonCounts.set(id, (reasonCounts.get(id) ?? 0) + 1);
  // Reasons in the service's order; any no longer offered after them, by id.
  const reasonIds = [...service.reasons.map((r) => r.id), ...[...reasonCounts.keys()].filter((id) => !labels.has(id)).sort()];
  const interval = intervalFor(span?.first ?? null, span?.last ?? null);
  const size = interval === 'hour' ? HOUR_MS : DAY_MS;
  const bucket = bucketOf('created_ms', size);
  const rows = await ctx.db
    .selectFrom('ratings')
    .select([bucket.as('bucket'), sql<number>`count(*)`.as('n'), sql<number>`sum(${sql.ref('score')})`.as('total')])
    .where('service_id', '=', serviceId)
    .groupBy(bucket)
    .execute();
  const perBucket = new Map(rows.map((r) => [Number(r.bucket), { n: Number(r.n), total: Number(r.total) }]));
  return {
    service: {
      id: service.id,
      name: service.name,
      question: plainTextFor(service.question),
      scale: service.scale,
      status: service.status,
    },
    count: aggregate.count,
    average: aggregate.average === null ? null : round2(aggregate.average),
    yesShare: aggregate.yesShare === null ? null : share(aggregate.yesShare, 1),
    distribution: aggregate.distribution.map((d) => ({ ...d, label: scoreLabel(service.scale, d.score) })),
    reasons: reasonIds.map((id) => ({ reasonId: id, label: labels.get(id) ?? id, count: reasonCounts.get(id) ?? 0 })),
    interval,
    overTime: fill(perBucket, () => ({ n: 0, total: 0 })).map(([b, { n, total }]) => ({
      at: new Date(b * size).toISOString(),
      ratings: n,
      average: n === 0 ? null : round2(total / n),
    })),
    comments,
  };
}

/** Follow-up comments of a service's ratings, newest first (by their last change), keyset-paginated. */
async function ratingComments(
  ctx: Context,
  service: Service,
  labels: Map<string, string>,
  q: { cursor?: string | undefined; limit: number },
) {
  const after = q.cursor === undefined ? null : decodeTextPage(q.cursor);
  let query = ctx.db
    .selectFrom('ratings')
    .select(['id', 'score', 'reasons', 'comment', 'updated_ms'])
    .where('service_id', '=', service.id)
    .where('comment', 'is not', null);
  if (after) query = query.where((eb) => eb(eb.refTuple('updated_ms', 'id'), '<', eb.tuple(after[0], after[1])));
  const found = await query
    .orderBy('updated_ms', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1)
    .execute();
  const items = found.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => ({
      score: r.score,
      scoreLabel: scoreLabel(service.scale, r.score),
      reasons: (JSON.parse(r.reasons) as string[]).map((reasonId) => labels.get(reasonId) ?? reasonId),
      comment: r.comment ?? '',
      at: new Date(r.updated_ms).toISOString(),
    })),
    nextCursor: found.length > q.limit && last ? encodePage(last.updated_ms, last.id) : null,
  };
}

// -------------------------------------------------------------- petitions

type Counts = Record<'confirmed' | 'pending' | 'invalidated', number>;
const noCounts = (): Counts => ({ confirmed: 0, pending: 0, invalidated: 0 });

export async function petitionDashboard(ctx: Context, petitionId: string) {
  const petition = await findPetition(ctx, petitionId);
  const signatures = ctx.db.selectFrom('signatures').where('petition_id', '=', petitionId);
  const dayOf = bucketOf('created_ms', DAY_MS);
  const [byStatus, byDay, byRegion] = await Promise.all([
    signatures
      .select(['status', sql<number>`count(*)`.as('n')])
      .groupBy('status')
      .execute(),
    signatures
      .select([dayOf.as('bucket'), 'status', sql<number>`count(*)`.as('n')])
      .groupBy([dayOf, 'status'])
      .execute(),
    signatures
      .select(['region_id', 'status', sql<number>`count(*)`.as('n')])
      .groupBy(['region_id', 'status'])
      .execute(),
  ]);
  const totals = noCounts();
  for (const r of byStatus) if (r.status in totals) totals[r.status as keyof Counts] = Number(r.n);
  const days = new Map<number, Counts>();
  for (const r of byDay) {
    const counts = days.get(Number(r.bucket)) ?? noCounts();
    if (r.status in counts) counts[r.status as keyof Counts] = Number(r.n);
    days.set(Number(r.bucket), counts);
  }
  const regions = new Map<string | null, Counts>();
  for (const r of byRegion) {
    const counts = regions.get(r.region_id) ?? noCounts();
    if (r.status in counts) counts[r.status as keyof Counts] = Number(r.n);
    regions.set(r.region_id, counts);
  }
  const known = new Set(petition.regions.map((r) => r.id));
  const regionRows = [
    ...petition.regions.map((r) => ({
      regionId: r.id as string | null,
      label: plainTextFor(r.label),
      ...(regions.get(r.id) ?? noCounts()),
    })),
    // Signatures without a region (or with one since removed from the petition) are shown, not lost.
    ...[...regions]
      .filter(([id]) => id === null || !known.has(id))
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
      .map(([id, counts]) => ({ regionId: id, label: id === null ? 'No region' : id, ...counts })),
  ];
  // The day each milestone was passed: when its count-th signature still confirmed was confirmed.
  const milestones = await Promise.all(
    petition.milestones.map(async (m) => {
      const nth =
        m.count <= petition.signatureCount
          ? await signatures
              .select('confirmed_ms')
              .where('status', '=', 'confirmed')
              .orderBy('confirmed_ms')
              .orderBy('id')
              .limit(1)
              .offset(m.count - 1)
              .executeTakeFirst()
          : undefined;
      const at = nth?.confirmed_ms ?? null;
      return {
        count: m.count,
        label: plainTextFor(m.label),
        reached: m.count <= petition.signatureCount,
        reachedOn: at === null ? null : day(Math.floor(at / DAY_MS)),
      };
    }),
  );
  return {
    petition: {
      id: petition.id,
      title: plainTextFor(petition.title),
      status: petition.status,
      opensAt: petition.opensAt,
      closesAt: petition.closesAt,
      respondedAt: petition.response?.respondedAt ?? null,
    },
    signatureCount: petition.signatureCount,
    goal: petition.goal,
    progress: share(petition.signatureCount, petition.goal),
    milestones,
    totals,
    byDay: fill(days, noCounts).map(([b, counts]) => ({
      day: day(b),
      signed: counts.confirmed + counts.pending + counts.invalidated,
      ...counts,
    })),
    byRegion: regionRows,
  };
}

// ---------------------------------------------------------------- threads

const COMMENT_STATUSES = ['published', 'pending', 'hidden', 'removed'] as const;

export async function threadDashboard(ctx: Context, threadId: string) {
  const thread = await findThread(ctx, threadId);
  const comments = ctx.db.selectFrom('comments').where('thread_id', '=', threadId);
  const dayOf = bucketOf('created_ms', DAY_MS);
  const [byStatus, totals, byDay] = await Promise.all([
    comments
      .select(['status', sql<number>`count(*)`.as('n')])
      .groupBy('status')
      .execute(),
    comments
      .select([
        sql<number>`count(*)`.as('comments'),
        sql<number>`count(distinct ${sql.ref('voter')})`.as('participants'),
        sql<number>`coalesce(sum(${sql.ref('report_count')}), 0)`.as('reports'),
        sql<number>`coalesce(sum(${sql.ref('score')}), 0)`.as('upvotes'),
      ])
      .executeTakeFirstOrThrow(),
    comments
      .select([
        dayOf.as('bucket'),
        sql<number>`count(*)`.as('comments'),
        sql<number>`count(distinct ${sql.ref('voter')})`.as('participants'),
      ])
      .groupBy(dayOf)
      .execute(),
  ]);
  const statusCounts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<
    (typeof COMMENT_STATUSES)[number],
    number
  >;
  for (const r of byStatus) if (r.status in statusCounts) statusCounts[r.status as keyof typeof statusCounts] = Number(r.n);
  const days = new Map(
    byDay.map((r) => [Number(r.bucket), { comments: Number(r.comments), participants: Number(r.participants) }]),
  );
  return {
    thread: {
      id: thread.id,
      title: thread.title === null ? null : plainTextFor(thread.title),
      status: thread.status,
      moderation: thread.moderation,
    },
    comments: Number(totals.comments),
    published: thread.commentCount,
    /** Distinct participants who wrote (imported comments have none). */
    participants: Number(totals.participants),
    openReports: Number(totals.reports),
    upvotes: Number(totals.upvotes),
    statusCounts,
    byDay: fill(days, () => ({ comments: 0, participants: 0 })).map(([b, counts]) => ({ day: day(b), ...counts })),
  };
}
